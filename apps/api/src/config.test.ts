import { describe, expect, it } from "vitest";
import { readConfig } from "./config.js";

describe("readConfig", () => {
  it("has defaults for everything, and reads an empty variable as unset", () => {
    expect(readConfig({ CHANCERY_API_TOKEN: "", PORT: "" })).toEqual({
      port: 3000,
      host: "0.0.0.0",
      database: "./chancery.db",
      logLevel: "info",
      app: { token: undefined, rateLimit: 600, corsOrigins: [], requestTimeoutMs: 30_000, bodyLimit: "1mb" },
    });
  });

  it("reads every variable", () => {
    const config = readConfig({
      PORT: "0", HOST: "127.0.0.1", CHANCERY_DB: "postgres://u@db/kb", CHANCERY_API_TOKEN: "s3cret", CHANCERY_RATE_LIMIT: "0",
      CHANCERY_CORS_ORIGINS: "https://a.example.com, http://localhost:5173", CHANCERY_REQUEST_TIMEOUT_MS: "5000", CHANCERY_BODY_LIMIT: "512kb",
      CHANCERY_TRUST_PROXY: "1", LOG_LEVEL: "warn",
    });
    expect(config).toEqual({
      port: 0, host: "127.0.0.1", database: "postgres://u@db/kb", logLevel: "warn",
      app: { token: "s3cret", rateLimit: 0, corsOrigins: ["https://a.example.com", "http://localhost:5173"], requestTimeoutMs: 5000, bodyLimit: "512kb", trustProxy: 1 },
    });
    expect(readConfig({ CHANCERY_CORS_ORIGINS: "*", CHANCERY_TRUST_PROXY: "loopback" }).app).toMatchObject({ corsOrigins: ["*"], trustProxy: "loopback" });
  });

  it.each([
    [{ PORT: "eighty" }, 'PORT must be a port number (received "eighty")'],
    [{ PORT: "70000" }, 'PORT must be a port number (received "70000")'],
    [{ CHANCERY_RATE_LIMIT: "-5" }, "CHANCERY_RATE_LIMIT must be a whole number of requests a minute per client (0: no limit)"],
    [{ CHANCERY_CORS_ORIGINS: "javascript:alert(1)" }, "CHANCERY_CORS_ORIGINS[0] must be * or a comma-separated list of http(s) origins"],
    [{ CHANCERY_BODY_LIMIT: "lots" }, "CHANCERY_BODY_LIMIT must be a size such as 1mb, 512kb or 65536"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent"],
  ])("refuses %o, naming the variable", (env, message) => {
    expect(() => readConfig(env)).toThrow(message);
  });
});
