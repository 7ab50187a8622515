/**
 * The phrase lists of one kind of page furniture. All entries are lower case,
 * with straight apostrophes and quotes and single spaces.
 * - `lines`: a line that reads exactly this (ignoring case, surrounding
 *   punctuation and symbols) is furniture of this kind.
 * - `phrases`: a line that contains this phrase (starting at a word) is
 *   furniture of this kind, unless the line is long article prose.
 */
export interface KindData {
  lines: readonly string[];
  phrases: readonly string[];
}
