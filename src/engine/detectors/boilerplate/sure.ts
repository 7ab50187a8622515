/**
 * Which deletions are sure: those "Remove all boilerplate" and the command
 * line's `--fix` may apply without showing them to a person (every other fix
 * carries `review`). The test reads the line's own text, never its place
 * alone: a deletion is sure when the line is short and names itself as
 * furniture, so a mistake of the article finder can never delete article
 * text unasked. Measured with `npm run eval:boilerplate` ("remove all without
 * asking"): the share of each page's article words the sure deletions take.
 */
import type { LineFeatures } from './features';
import { BYLINE_KIND, KINDS, SEPARATOR_KIND, type Kind } from './rules';
import { isByline } from './rules/byline';

/** What the test reads of a flagged line: its features, the kind a list or test named, and its own class. */
export interface SureReading {
  f: LineFeatures;
  hit?: Kind;
  /** A list names the whole line. */
  whole: boolean;
  /** A sentence of reported speech. */
  prose: boolean;
  /** Its class from its own features. */
  cls: string;
}

/** How far above the article a byline counts as the story's own. */
export const OWN_BYLINE_REACH = 3;
/** The most words a sure deletion takes: a longer line is worth a person's look, whatever it says. */
const SURE_WORDS = 20;
/** Outside the article, a line a list names (not whole) or a menu line is sure up to this many words. */
const SURE_WORDS_OUTSIDE = 12;

/** Brackets, code and table borders: a line of them is no rule between paragraphs. */
export const CODE_MARKS = /[()[\]{}<>;,|\\/\u2500-\u257f]/;

/** Credits and captions: the story's own stand by it, worded like the others. */
const CREDIT_KINDS: ReadonlySet<Kind> = new Set(KINDS.filter((k) => k.rule === 'boilerplate/author' || k.rule === 'boilerplate/caption'));

/**
 * Whether a flagged line's deletion is sure: its own text, not its place,
 * marks it as furniture, and it is short. A line a phrase list names whole,
 * or a line a list names that speaks to the reader ("you"), or (outside the
 * article) a short line a list names; a separator or a menu
 * line outside the article; a byline of names or a bare date away from the
 * story. Never a line flagged for its neighbours or for standing twice, never
 * a sentence of reported speech or long prose, never a credit or a caption
 * (the story's own often stand by it), never a line of links (a source, an
 * embedded post). `distance`: non-blank lines from the article (0 inside).
 */
export function isSure(item: SureReading, inside: boolean, distance: number, longProse: boolean): boolean {
  const f = item.f;
  const kind = item.hit;
  // A rule ("* * *", "———"), not code's brackets or a table's border.
  if (kind === SEPARATOR_KIND) return !inside && !CODE_MARKS.test(f.norm);
  if (f.wordCount > SURE_WORDS || item.prose || longProse) return false;
  // Dates and bylines close to the story may be its own.
  if (kind === BYLINE_KIND) return item.whole || (distance > OWN_BYLINE_REACH && (isByline(f) || (f.wordCount <= 6 && !f.link)));
  if (kind) {
    if (item.whole) return !inside || !CREDIT_KINDS.has(kind);
    if (CREDIT_KINDS.has(kind) || f.link) return false;
    // Inside the story only a prompt addressed to the reader ("get the best of ... in your inbox"), which its prose never is.
    return inside ? f.secondPerson > 0 && !f.norm.includes('"') : f.wordCount <= SURE_WORDS_OUTSIDE || f.secondPerson > 0;
  }
  return !inside && item.cls === 'bad' && f.separators >= 2 && f.wordCount <= SURE_WORDS_OUTSIDE && !f.link;
}
