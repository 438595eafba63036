// Query options → the store's query parameters, checked here so that a mistake names the option the user typed.
import { CoreError, formatIssue, getActor, issuesFromZod } from "@proj/core";
import type * as z from "zod";

/** An actor code as typed (`az`, `AZ`), upper-cased and checked against the gazetteer; a code it lacks is a usage error naming the argument. */
export function actorCode(argument: string, value: string): string {
  const actor = getActor(value.trim());
  if (actor) return actor.code;
  throw new CoreError("INVALID_INPUT", `${argument}: unknown country code ${JSON.stringify(value)}; expected an ISO 3166-1 alpha-2 code (AZ, IL, PS, XK) or an organisation code (UN, EU, AFRICAN-UNION)`, {
    issues: [{ field: argument, message: "unknown country code", received: JSON.stringify(value) }],
  });
}

/** Reads one actor code per name from the positionals, naming the argument that is missing or unknown. */
export function actorArguments(positionals: readonly string[], names: readonly string[]): string[] {
  if (positionals.length !== names.length) {
    const received = positionals.length === 0 ? "nothing" : positionals.map((p) => JSON.stringify(p)).join(" ");
    const examples = ["AZ", "IL"].slice(0, names.length).join(" ");
    throw new CoreError("INVALID_INPUT", `expected ${names.join(" ")}: ${names.length === 1 ? "a country code" : `${names.length} country codes`} such as ${examples} (received ${received})`);
  }
  return positionals.map((value, i) => actorCode(names[i]!, value));
}

/** Parses options with a store query schema; each issue names its option (`--limit: …`). */
export function parseFilters<T extends z.ZodType>(schema: T, input: Record<string, unknown>): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = issuesFromZod(parsed.error, {}, input).map((issue) => ({ ...issue, field: `--${(issue.field ?? "").replace(/[[.].*$/, "")}` }));
  throw new CoreError("INVALID_INPUT", issues.map(formatIssue).join("; "), { issues });
}
