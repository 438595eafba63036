import { CoreError, issuesFromZod } from "@proj/core";
import * as z from "zod";
import type { AppDeps } from "./app.js";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const count = (what: string) => z.coerce.number({ error: `must be ${what}` }).int({ error: `must be ${what}` }).min(0, { error: `must be ${what}` });

/** The environment main.ts reads; an empty variable counts as unset. */
export const ServerEnv = z.object({
  PORT: count("a port number").max(65_535, { error: "must be a port number" }).default(3000),
  HOST: z.string().default("0.0.0.0"),
  CHANCERY_DB: z.string().default("./chancery.db"),
  CHANCERY_API_TOKEN: z.string().optional(),
  CHANCERY_RATE_LIMIT: count("a whole number of requests a minute per client (0: no limit)").default(600),
  CHANCERY_CORS_ORIGINS: z
    .string()
    .optional()
    .transform((value) => (value ?? "").split(",").map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.union([z.literal("*"), z.url({ protocol: /^https?$/, error: "must be * or a comma-separated list of http(s) origins" })]))),
  CHANCERY_REQUEST_TIMEOUT_MS: count("a whole number of milliseconds").min(1).default(30_000),
  CHANCERY_BODY_LIMIT: z.string().regex(/^\d+(?:b|kb|mb)?$/i, { error: "must be a size such as 1mb, 512kb or 65536" }).default("1mb"),
  CHANCERY_TRUST_PROXY: z.string().optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
});

export interface ServerConfig {
  port: number;
  host: string;
  database: string;
  logLevel: (typeof LOG_LEVELS)[number];
  app: Required<Pick<AppDeps, "rateLimit" | "corsOrigins" | "requestTimeoutMs" | "bodyLimit">> & Pick<AppDeps, "token" | "trustProxy">;
}

/** "true", "false", a hop count, or Express's own words (loopback, a subnet list). */
const trustProxy = (value: string): boolean | number | string => (value === "true" ? true : value === "false" ? false : /^\d+$/.test(value) ? Number(value) : value);

/**
 * The server's settings from its environment; a bad value is an INVALID_INPUT error naming the variable.
 * @example readConfig({ PORT: "8080", CHANCERY_RATE_LIMIT: "0" }).app.rateLimit; // 0
 */
export function readConfig(env: Record<string, string | undefined>): ServerConfig {
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = ServerEnv.safeParse(set);
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error, {}, set);
    throw new CoreError("INVALID_INPUT", issues.map((i) => `${i.field} ${i.message} (received ${i.received})`).join("; "), { issues });
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.CHANCERY_DB,
    logLevel: e.LOG_LEVEL,
    app: {
      token: e.CHANCERY_API_TOKEN,
      rateLimit: e.CHANCERY_RATE_LIMIT,
      corsOrigins: e.CHANCERY_CORS_ORIGINS,
      requestTimeoutMs: e.CHANCERY_REQUEST_TIMEOUT_MS,
      bodyLimit: e.CHANCERY_BODY_LIMIT,
      ...(e.CHANCERY_TRUST_PROXY === undefined ? {} : { trustProxy: trustProxy(e.CHANCERY_TRUST_PROXY) }),
    },
  };
}
