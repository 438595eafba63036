import type { Migration } from "./index.js";

/**
 * Officials filed under a state the extractor guessed (every source's rule ends `+state-from-document`) carry their
 * normalised full name in `guessed_name`, indexed, so a later report that gives the person's state finds and refiles
 * them with one lookup instead of a scan of every official. Rows written before this version have none: they are
 * refiled only once a later report merges into them and they are written again.
 */
export const guessedOfficials: Migration = {
  version: 3,
  name: "guessed-officials",
  statements: () => ["ALTER TABLE officials ADD COLUMN guessed_name TEXT", "CREATE INDEX officials_guessed ON officials (guessed_name)"],
};
