import * as z from "zod";

/** Every data file in `data/` opens with this header, as PETRARCH's dictionaries carry their version. */
export const DictionaryMeta = z.looseObject({
  name: z.string().min(1),
  version: z.string().min(1),
  source: z.string().min(1),
  licence: z.string().min(1),
});
export type DictionaryMeta = z.infer<typeof DictionaryMeta>;

/**
 * Validates a bundled dictionary once, at first use. A broken data file is a bug in the package, so this throws
 * with the file's name and the zod issues rather than returning a Result.
 */
export function loadDictionary<S extends z.ZodType>(name: string, raw: unknown, body: S): z.infer<S> & { meta: z.infer<typeof DictionaryMeta> } {
  const schema = z.looseObject({ meta: DictionaryMeta }).and(body);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`@proj/core data file ${name} is invalid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data as z.infer<S> & { meta: z.infer<typeof DictionaryMeta> };
}

/**
 * A bundled dictionary read at start-up: its header and top-level fields checked by hand, since building and running
 * a zod schema costs ~20 ms of a one-article CLI run. gazetteer.test.ts validates every such file against its full
 * schema (loadDictionary), so a broken file fails the tests, not a user's run.
 */
export function loadBundledDictionary<T extends object>(name: string, raw: unknown, fields: readonly (keyof T & string)[]): T & { meta: DictionaryMeta } {
  const data = raw as Record<string, unknown> | null;
  const meta = data?.meta as Record<string, unknown> | undefined;
  const missing = [
    ...(["name", "version", "source", "licence"] as const).filter((key) => typeof meta?.[key] !== "string" || meta[key] === "").map((key) => `meta.${key}`),
    ...fields.filter((field) => data?.[field] === undefined || data[field] === null),
  ];
  if (missing.length) throw new Error(`@proj/core data file ${name} is invalid: missing ${missing.join(", ")}`);
  return data as T & { meta: DictionaryMeta };
}
