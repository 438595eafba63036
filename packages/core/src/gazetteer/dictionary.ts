import * as z from "zod";

/** Every data file in `data/` opens with this header, as PETRARCH's dictionaries carry their version. */
export const DictionaryMeta = z.looseObject({
  name: z.string().min(1),
  version: z.string().min(1),
  source: z.string().min(1),
  licence: z.string().min(1),
});

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
