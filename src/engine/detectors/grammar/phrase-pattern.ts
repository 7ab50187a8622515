/**
 * The small pattern language of the set-phrase list (./data/fixed-phrases.ts
 * and ./data/confused-words.ts), compiled once into word patterns that
 * grammar/fixed-phrase matches on a sentence's word tokens. No pattern is
 * ever compiled into a regular expression: a pattern is a short list of
 * parts, each tested against one word (or, for `{obj}`, a few).
 *
 * A phrase is words separated by spaces, where a word may be
 * - a literal word, matched case-insensitively ("at", "odds", "from");
 * - a verb marked `~` ("peak~"): the pattern is expanded into every form of
 *   the verb (./data/verb-forms.ts), and the correction's marked verb takes
 *   the same form ("peaked the interest" → "piqued the interest"); `~+`
 *   leaves out the base form, when it is good English on its own;
 * - a choice `(a|b|c)`: any one of the words, copied into the correction;
 * - a slot, copied into the correction: `{obj}` a short object (a pronoun, or
 *   a determiner and at most two more words that are not function words),
 *   `{poss}` a possessive, `{det}` a determiner, `{num}` a number, `{adv}` an
 *   optional adverb (see ./data/phrase-slots.ts).
 * The correction has the same choices and slots, in the same order.
 */
import { DETERMINERS, MID_ADVERBS, NOT_IN_OBJECT, NUMBER_WORDS, OBJECT_PRONOUNS, OBJECT_STARTS, POSSESSIVES } from './data/phrase-slots';
import { verbForms } from './data/verb-forms';
import { matchCase, type Token } from './tree';

export type SlotKind = 'obj' | 'poss' | 'det' | 'num' | 'adv';

/** One part of a pattern: a literal word, or a capture (a choice or a slot) copied into the correction. */
export type Part = { kind: 'word'; word: string } | { kind: 'choice'; words: ReadonlySet<string> } | { kind: 'slot'; slot: SlotKind };

export interface Pattern {
  wrong: Part[];
  /** The corrections (the first is preferred): words and the captures of `wrong`, in order. */
  rights: Part[][];
  /** The most words a match can cover. */
  maxWords: number;
}

interface Parsed {
  part: Part;
  /** `~` (every form) or `~+` (every form but the base) on a verb. */
  verb?: 'all' | 'noBase';
}

const SLOTS: ReadonlySet<string> = new Set(['obj', 'poss', 'det', 'num', 'adv']);

export function normalize(word: string): string {
  return word.toLowerCase().replace(/[\u2018\u2019]/g, "'");
}

/** The parts of a phrase; a correction (`keepCase`) keeps its words' capitals ("Brussels sprouts"). */
export function parsePhrase(phrase: string, keepCase = false): Parsed[] {
  const word = (raw: string) => (keepCase ? raw.replace(/[\u2018\u2019]/g, "'") : normalize(raw));
  return phrase
    .split(' ')
    .filter(Boolean)
    .map((raw): Parsed => {
      if (raw.startsWith('{') && raw.endsWith('}') && SLOTS.has(raw.slice(1, -1))) return { part: { kind: 'slot', slot: raw.slice(1, -1) as SlotKind } };
      if (raw.startsWith('(') && raw.endsWith(')') && raw.includes('|')) return { part: { kind: 'choice', words: new Set(raw.slice(1, -1).split('|').map(normalize)) } };
      if (raw.endsWith('~+')) return { part: { kind: 'word', word: normalize(raw.slice(0, -2)) }, verb: 'noBase' };
      if (raw.endsWith('~')) return { part: { kind: 'word', word: normalize(raw.slice(0, -1)) }, verb: 'all' };
      return { part: { kind: 'word', word: word(raw) } };
    });
}

function partWords(part: Part): number {
  return part.kind === 'slot' && part.slot === 'obj' ? 3 : 1;
}

function withWord(parts: readonly Parsed[], at: number, word: string): Part[] {
  return parts.map((p, k) => (k === at ? { kind: 'word', word } : p.part));
}

/** The patterns of one list entry: one, or one per form of its marked verb. */
export function expandPhrase(wrong: string, right: string): Pattern[] {
  const w = parsePhrase(wrong);
  const r = parsePhrase(right, true);
  const maxWords = w.reduce((n, p) => n + partWords(p.part), 0);
  const wv = w.findIndex((p) => p.verb);
  const rv = r.findIndex((p) => p.verb);
  if (wv < 0 || rv < 0) return [{ wrong: w.map((p) => p.part), rights: [r.map((p) => p.part)], maxWords }];
  const wf = verbForms((w[wv].part as { word: string }).word);
  const rf = verbForms((r[rv].part as { word: string }).word);
  const forms: [string, string[]][] = [
    [wf.base, [rf.base]],
    [wf.s, [rf.s]],
    [wf.past, [rf.past, rf.participle]],
    [wf.participle, [rf.participle, rf.past]],
    [wf.ing, [rf.ing]],
  ];
  // The verb may be the same on both sides ("nip~ {obj} in the butt"): a form is
  // left out only where the whole phrase would read the same.
  const same = (a: Part[], b: Part[]) =>
    a.length === b.length && a.every((p, k) => p.kind === 'word' && b[k].kind === 'word' && p.word === (b[k] as { word: string }).word.toLowerCase());
  const byWrong = new Map<string, string[]>();
  for (const [form, rights] of forms) {
    if (form === wf.base && w[wv].verb === 'noBase') continue;
    const list = byWrong.get(form) ?? [];
    for (const candidate of rights) if (!same(withWord(w, wv, form), withWord(r, rv, candidate)) && !list.includes(candidate)) list.push(candidate);
    byWrong.set(form, list);
  }
  const out: Pattern[] = [];
  for (const [form, rights] of byWrong) {
    if (rights.length === 0) continue;
    out.push({ wrong: withWord(w, wv, form), rights: rights.map((x) => withWord(r, rv, x)), maxWords });
  }
  return out;
}

/** Where each part of a pattern matched: word indexes `from .. to - 1` (empty for an adverb slot left out). */
export interface Match {
  spans: [number, number][];
  /** The last word carries a period the parser kept on it ("between you and I."). */
  trim: boolean;
}

function slotFits(slot: SlotKind, word: Token): boolean {
  if (slot === 'poss') return POSSESSIVES.has(word.lower);
  if (slot === 'det') return DETERMINERS.has(word.lower);
  if (slot === 'num') return /^\d/.test(word.text) || NUMBER_WORDS.has(word.lower);
  return MID_ADVERBS.has(word.lower);
}

/** Match `parts` against `words` from index `k`, never reaching `limit`. */
export function matchParts(words: readonly Token[], k: number, limit: number, parts: readonly Part[], p = 0): Match | undefined {
  if (p === parts.length) return { spans: [], trim: false };
  const part = parts[p];
  const rest = (from: number, to: number, trim = false): Match | undefined => {
    const m = matchParts(words, to, limit, parts, p + 1);
    return m && { spans: [[from, to], ...m.spans], trim: m.trim || trim };
  };
  if (part.kind === 'slot' && part.slot === 'adv') {
    return (k < limit && slotFits('adv', words[k]) ? rest(k, k + 1) : undefined) ?? rest(k, k);
  }
  if (k >= limit) return undefined;
  const word = words[k];
  if (part.kind === 'word') {
    if (word.lower === part.word) return rest(k, k + 1);
    // The parser keeps a final period on a one-letter word ("between you and I.").
    if (p === parts.length - 1 && word.lower === part.word + '.') return rest(k, k + 1, true);
    return undefined;
  }
  if (part.kind === 'choice') return part.words.has(word.lower) ? rest(k, k + 1) : undefined;
  if (part.slot !== 'obj') return slotFits(part.slot, word) ? rest(k, k + 1) : undefined;
  if (!OBJECT_STARTS.has(word.lower)) return undefined;
  const alone = OBJECT_PRONOUNS.has(word.lower) && !DETERMINERS.has(word.lower);
  for (let n = 1; n <= (alone ? 1 : 3) && k + n <= limit; n++) {
    if (n > 1 && NOT_IN_OBJECT.has(words[k + n - 1].lower)) break;
    const m = rest(k, k + n);
    if (m) return m;
  }
  return undefined;
}

function isCapture(part: Part): boolean {
  return part.kind !== 'word';
}

/** Whether wrong part `a` (capture number `ca`) and right part `b` (capture number `cb`) are the same. */
function samePart(a: Part, ca: number, b: Part, cb: number): boolean {
  if (a.kind === 'word' && b.kind === 'word') return a.word === b.word.toLowerCase();
  return isCapture(a) && isCapture(b) && ca === cb;
}

function captureNumbers(parts: readonly Part[]): number[] {
  let n = 0;
  return parts.map((p) => (isCapture(p) ? n++ : -1));
}

/**
 * The correction of a match: `phrase`, the whole right phrase (for the
 * message), and `text`, the matched text with only the parts that differ
 * replaced, so line breaks and spacing between kept words stay as written.
 */
export function correction(
  text: string,
  words: readonly Token[],
  first: number,
  end: number,
  pattern: Pattern,
  right: readonly Part[],
  match: Match,
): { phrase: string; text: string } {
  const { wrong } = pattern;
  const spans = match.spans;
  const captures: string[] = [];
  spans.forEach(([from, to], p) => {
    if (isCapture(wrong[p])) captures.push(from < to ? text.slice(words[from].start, Math.min(words[to - 1].end, end)) : '');
  });
  const wc = captureNumbers(wrong);
  const rc = captureNumbers(right);
  const said = (part: Part, n: number, atStart: boolean) => (part.kind === 'word' ? (atStart ? matchCase(part.word, words[first].text) : part.word) : captures[n]);
  const phrase = right
    .map((part, q) => said(part, rc[q], q === 0))
    .filter(Boolean)
    .join(' ');
  let pre = 0;
  while (pre < wrong.length && pre < right.length && samePart(wrong[pre], wc[pre], right[pre], rc[pre])) pre++;
  let suf = 0;
  while (
    suf < wrong.length - pre &&
    suf < right.length - pre &&
    samePart(wrong[wrong.length - 1 - suf], wc[wrong.length - 1 - suf], right[right.length - 1 - suf], rc[right.length - 1 - suf])
  )
    suf++;
  const start = words[first].start;
  const inserted = right
    .slice(pre, right.length - suf)
    .map((part, q) => said(part, rc[pre + q], pre + q === 0))
    .filter(Boolean)
    .join(' ');
  const lastWord = spans[spans.length - 1][1] - 1;
  // Word indexes the differing parts of the match cover.
  const a = pre < wrong.length ? spans[pre][0] : lastWord + 1;
  const b = wrong.length - suf > pre ? spans[wrong.length - suf - 1][1] : a;
  if (a >= b) {
    // Pure insertion: before the first kept word after it, or after the last one before it.
    const at = a <= lastWord ? words[a].start : Math.min(words[a - 1].end, end);
    const piece = a <= lastWord ? inserted + ' ' : ' ' + inserted;
    return { phrase, text: text.slice(start, at) + piece + text.slice(at, end) };
  }
  const to = Math.min(words[b - 1].end, end);
  if (inserted === '') {
    // Pure deletion: take the space before the removed words too (or after, at the start).
    const cut = a > first ? words[a - 1].end : words[a].start;
    const cutEnd = a > first ? to : b <= lastWord ? words[b].start : to;
    return { phrase, text: text.slice(start, cut) + text.slice(cutEnd, end) };
  }
  return { phrase, text: text.slice(start, words[a].start) + inserted + text.slice(to, end) };
}

/** Whether a pattern's preferred correction changes at most one word (its fix is safe). */
export function oneWordChange(pattern: Pattern): boolean {
  if (pattern.rights.length !== 1) return false;
  const { wrong } = pattern;
  const right = pattern.rights[0];
  const wc = captureNumbers(wrong);
  const rc = captureNumbers(right);
  let pre = 0;
  while (pre < wrong.length && pre < right.length && samePart(wrong[pre], wc[pre], right[pre], rc[pre])) pre++;
  let suf = 0;
  while (
    suf < wrong.length - pre &&
    suf < right.length - pre &&
    samePart(wrong[wrong.length - 1 - suf], wc[wrong.length - 1 - suf], right[right.length - 1 - suf], rc[right.length - 1 - suf])
  )
    suf++;
  return wrong.length - pre - suf <= 1 && right.length - pre - suf <= 1;
}

/** The words a pattern's first part can be (the index keys). */
export function firstWords(pattern: Pattern): string[] {
  const part = pattern.wrong[0];
  if (part.kind === 'word') return [part.word];
  if (part.kind === 'choice') return [...part.words];
  return [];
}
