/**
 * Grammar for `createChecker` (../incremental.ts): each paragraph checked on
 * its own, and a re-check after an edit runs retext on the changed paragraphs
 * only; the rest is a walk over what was kept.
 *
 * Two things are kept, for two reasons. A paragraph's result (its findings
 * and its style/inconsistent-form sightings, offsets relative to it) depends
 * only on its text, the quote ranges inside it and what follows it on its
 * line (`tail`), so results are kept by that content in a ContentCache
 * (../../cache.ts): a paragraph that moves, or comes back after an undo,
 * is not checked again. The inconsistent-form counts, though, are
 * document-wide: which paragraphs hold which forms, in draft order. That
 * index is a list of entries, one per paragraph, spliced by the draft's
 * `change` so the counts are updated (forms removed and added) rather than
 * gathered again.
 *
 * Each check compares a paragraph's text, tail and quote ranges with its
 * entry's (numbers, no strings built), so a quote that changed elsewhere
 * re-checks the paragraphs it reaches.
 */
import { VFile } from 'vfile';
import { ContentCache } from '../../cache';
import type { Draft, Paragraph } from '../../draft';
import { movedFrom } from '../../moved';
import { firstIndex } from '../../search';
import type { Finding } from '../../types';
import { RangeSet, setRun, type GrammarRun, type Range } from './context';
import { toFinding, type RuleBook } from './convert';
import { emitForms, meta as inconsistentForm, type FormCounts, type Sighting } from './rules/inconsistent-form';

/** What one paragraph shows: findings and inconsistent-form sightings, offsets relative to it. */
export interface ParagraphResult {
  findings: Finding[];
  forms: FormCounts;
}

type CheckParagraph = (text: string, quotes: readonly Range[], tail: string) => ParagraphResult;

/** US and U.S., and so on: each acronym's other form. */
const ACRONYM_PARTNER: ReadonlyMap<string, string> = new Map([
  ['US', 'U.S.'],
  ['UK', 'U.K.'],
  ['UN', 'U.N.'],
  ['EU', 'E.U.'],
  ['U.S.', 'US'],
  ['U.K.', 'UK'],
  ['U.N.', 'UN'],
  ['E.U.', 'EU'],
]);

const KINDS = ['hyphenated', 'open', 'lowerProper', 'upperProper', 'acronyms', 'british', 'american'] as const;
type Kind = (typeof KINDS)[number];

interface Entry {
  text: string;
  /** Quote ranges relative to the paragraph, flattened [start, end, ...]. */
  ranges: number[];
  tail: string;
  /** Its result's key in the results cache (`resultKey`). */
  key: string;
  result: ParagraphResult;
  /** The paragraph's index (kept up to date when the inconsistent-form findings are made). */
  index: number;
}

/** What follows a paragraph on its line, as far as the rules can tell: a line break, or nothing. */
export function tailOf(text: string, end: number): string {
  let k = end;
  while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
  return k < text.length && (text[k] === '\n' || text[k] === '\r') ? '\n' : '';
}

/** Index of the first quote that ends after `offset` or starts at or after it (quotes do not overlap: their ends ascend). */
function firstQuoteReaching(quotes: readonly Range[], offset: number): number {
  let lo = firstIndex(quotes, (q) => q.start >= offset);
  while (lo > 0 && quotes[lo - 1].end > offset) lo--;
  return lo;
}

/**
 * Whether every paragraph outside the draft's change has the quote ranges it
 * had: the quotes before the changed stretch are the same, those after it the
 * same moved by `delta`, and those touching it lie inside the changed
 * paragraphs (old and new), so they reach no other paragraph.
 */
function quotesKeptOutside(old: readonly Range[], now: readonly Range[], draft: Draft): boolean {
  const change = draft.change!;
  const { from, toOld, toNew } = change.paragraphs;
  const inside = (q: Range, paragraphs: readonly Paragraph[], to: number) => from < to && q.start >= paragraphs[from].start && q.end <= paragraphs[to - 1].end + 1;
  let i = 0;
  let j = 0;
  // Before the change: the same quotes.
  while (i < old.length && old[i].end <= change.start) {
    if (j >= now.length || now[j].start !== old[i].start || now[j].end !== old[i].end) return false;
    i++;
    j++;
  }
  if (j < now.length && now[j].end <= change.start) return false;
  // Touching it: inside the changed paragraphs.
  for (; i < old.length && old[i].start < change.oldEnd; i++) if (!inside(old[i], change.previous.paragraphs, toOld)) return false;
  for (; j < now.length && now[j].start < change.newEnd; j++) if (!inside(now[j], draft.paragraphs, toNew)) return false;
  // After it: the same, moved.
  if (old.length - i !== now.length - j) return false;
  for (; i < old.length; i++, j++) if (now[j].start !== old[i].start + change.delta || now[j].end !== old[i].end + change.delta) return false;
  return true;
}

function sameRanges(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function toRanges(flat: readonly number[]): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < flat.length; i += 2) out.push({ start: flat[i], end: flat[i + 1] });
  return out;
}

/**
 * What a paragraph's result depends on, as one string: its tail (a line break
 * or nothing) and quote ranges (digits and commas) before a NUL, then its text.
 */
function resultKey(text: string, tail: string, ranges: readonly number[]): string {
  return tail + ranges.join(',') + '\u0000' + text;
}

function* keysOf(entries: readonly (Entry | undefined)[]): Iterable<string> {
  for (const e of entries) if (e) yield e.key;
}

/** Sorted, non-empty quote ranges (what the whole-draft run uses). */
export function sortedQuotes(quoteRanges: readonly Range[]): Range[] {
  return [...quoteRanges].filter((q) => q.end > q.start).sort((x, y) => x.start - y.start || x.end - y.end);
}

/** The paragraph results of one document, kept between checks, and the forms they hold. */
export class GrammarState {
  private entries: (Entry | undefined)[] = [];
  /** Paragraph results by what they depend on (`resultKey`), shared by equal paragraphs and kept across edits. */
  private readonly results = new ContentCache<ParagraphResult>();
  /** For each kind of form and each key: the entries that hold it. */
  private readonly holders = new Map<Kind, Map<string, Set<Entry>>>(KINDS.map((k) => [k, new Map()]));
  private britishTotal = 0;
  private americanTotal = 0;
  /** The draft the entries are for, its quote ranges, and its paragraphs' findings in draft order. */
  private last: Draft | undefined;
  private quotes: Range[] | undefined;
  private all: Finding[] | undefined;
  /** Whether each entry's `index` is its place in the current draft (`update` leaves them behind). */
  private indexed = true;
  /** Scratch for quote ranges. */
  private readonly ranges: number[] = [];

  /** `book`: the grammar rules, to turn the inconsistent-form messages into findings. */
  constructor(private readonly book: RuleBook) {}

  /** The inconsistent-form findings of the last check, and whether a change since may alter them. */
  private emitted: Finding[] | undefined;
  private formsChanged = true;

  /** Whether adding or removing `forms` can change what the inconsistent-form rule reports. */
  private matters(forms: FormCounts): boolean {
    const h = this.holders;
    const paired = (a: Kind, b: Kind) => {
      for (const key of forms[a].keys()) if (h.get(b)!.has(key)) return true;
      for (const key of forms[b].keys()) if (h.get(a)!.has(key)) return true;
      return false;
    };
    if (paired('open', 'hyphenated') || paired('lowerProper', 'upperProper')) return true;
    for (const key of forms.acronyms.keys()) if (h.get('acronyms')!.has(ACRONYM_PARTNER.get(key) ?? key)) return true;
    return (forms.britishTotal > 0 && this.americanTotal > 0) || (forms.americanTotal > 0 && this.britishTotal > 0);
  }

  private count(entry: Entry, sign: 1 | -1): void {
    const forms = entry.result.forms;
    // Judged with the entry's own forms counted: before removing, after adding.
    if (sign < 0 && !this.formsChanged) this.formsChanged = this.matters(forms);
    for (const kind of KINDS) {
      const byKey = this.holders.get(kind)!;
      for (const key of forms[kind].keys()) {
        let set = byKey.get(key);
        if (sign > 0) {
          if (!set) byKey.set(key, (set = new Set()));
          set.add(entry);
        } else if (set) {
          set.delete(entry);
          if (set.size === 0) byKey.delete(key);
        }
      }
    }
    this.britishTotal += sign * forms.britishTotal;
    this.americanTotal += sign * forms.americanTotal;
    if (sign > 0 && !this.formsChanged) this.formsChanged = this.matters(forms);
  }

  private clear(): void {
    this.entries = [];
    for (const byKey of this.holders.values()) byKey.clear();
    this.britishTotal = this.americanTotal = 0;
    this.emitted = undefined;
    this.quotes = undefined;
    this.all = undefined;
  }

  /** The grammar findings of `draft` (unsorted), re-checking only the paragraphs whose text, quotes or tail changed. */
  check(draft: Draft, quoteRanges: readonly Range[], enabled: (rule: string) => boolean, checkParagraph: CheckParagraph): Finding[] {
    const change = draft.change;
    const quotes = sortedQuotes(quoteRanges);
    if (draft !== this.last || !this.all) {
      if (change && change.previous === this.last && this.all) {
        const { from, toOld, toNew } = change.paragraphs;
        const gone = this.entries.splice(from, toOld - from, ...new Array<undefined>(toNew - from));
        for (const e of gone) if (e) this.count(e, -1);
        // When no quote outside the changed stretch changed, only the changed paragraphs need a look.
        this.all = this.quotes && quotesKeptOutside(this.quotes, quotes, draft) ? this.update(draft, quotes, checkParagraph) : this.walk(draft, quotes, checkParagraph);
      } else {
        this.clear();
        this.entries = new Array(draft.paragraphs.length);
        this.all = this.walk(draft, quotes, checkParagraph);
      }
      this.last = draft;
      this.quotes = quotes;
      this.results.trim(draft.paragraphs.length, () => keysOf(this.entries));
    }
    const findings = this.all.slice();
    if (enabled(inconsistentForm.id)) {
      if (this.formsChanged || !this.emitted) {
        this.emitted = [];
        this.emitForms(draft, quotes, enabled, this.emitted);
      } else if (change && change.delta !== 0) {
        // Nothing the rule looks at changed: its findings stand in unchanged paragraphs, which moved by `delta` from the first after the change.
        const after = change.paragraphs.toOld < change.previous.paragraphs.length ? change.previous.paragraphs[change.paragraphs.toOld].start : Infinity;
        this.emitted = this.emitted.map((f) => movedFrom(f, after, change.delta));
      }
      this.formsChanged = false;
      for (const f of this.emitted) findings.push(f);
    }
    return findings;
  }

  /**
   * The entry for paragraph `i`: the one kept when its text, tail and quote
   * ranges are the same, else a new one (checked now). `q` is a quote index at
   * or before the first quote reaching the paragraph.
   */
  private entryFor(i: number, p: Paragraph, quotes: readonly Range[], q: number, tail: string, checkParagraph: CheckParagraph): Entry {
    // Quote ranges reaching into the paragraph, cut to it (plus one: a query may end at its end), relative to it.
    const ranges = this.ranges;
    ranges.length = 0;
    for (let k = q; k < quotes.length && quotes[k].start <= p.end; k++) {
      const start = Math.max(quotes[k].start, p.start) - p.start;
      const end = Math.min(quotes[k].end, p.end + 1) - p.start;
      if (end > start) ranges.push(start, end);
    }
    let e = this.entries[i];
    if (e && (e.text !== p.text || e.tail !== tail || !sameRanges(e.ranges, ranges))) {
      this.count(e, -1);
      e = undefined;
    }
    if (!e) {
      const key = resultKey(p.text, tail, ranges);
      const result = this.results.find(key) ?? this.results.add(key, checkParagraph(p.text, toRanges(ranges), tail));
      e = { text: p.text, ranges: ranges.slice(), tail, key, result, index: i };
      this.entries[i] = e;
      this.count(e, 1);
    }
    e.index = i;
    return e;
  }

  /** Every paragraph looked at again (kept entries still reused): the paragraphs' findings, in draft order. */
  private walk(draft: Draft, quotes: readonly Range[], checkParagraph: CheckParagraph): Finding[] {
    const { text, paragraphs } = draft;
    const out: Finding[] = [];
    let q = 0;
    for (let i = 0; i < paragraphs.length; i++) {
      const p = paragraphs[i];
      while (q < quotes.length && quotes[q].end <= p.start && quotes[q].start < p.start) q++;
      const e = this.entryFor(i, p, quotes, q, tailOf(text, p.end), checkParagraph);
      for (const f of e.result.findings) out.push(movedFrom(f, 0, p.start));
    }
    this.indexed = true;
    return out;
  }

  /**
   * Only the changed paragraphs looked at (the others keep their text, tail
   * and quote ranges): the last check's findings before them, theirs, and
   * those after them moved with the text.
   */
  private update(draft: Draft, quotes: readonly Range[], checkParagraph: CheckParagraph): Finding[] {
    const change = draft.change!;
    const { from, toOld, toNew } = change.paragraphs;
    const previous = change.previous.paragraphs;
    const before = from < previous.length ? previous[from].start : Infinity;
    const after = toOld < previous.length ? previous[toOld].start : Infinity;
    const old = this.all ?? [];
    const out: Finding[] = [];
    let k = 0;
    // A paragraph's findings start inside it, and the list is in paragraph order.
    for (; k < old.length && old[k].start < before; k++) out.push(old[k]);
    for (let i = from; i < toNew; i++) {
      const p = draft.paragraphs[i];
      const e = this.entryFor(i, p, quotes, firstQuoteReaching(quotes, p.start), tailOf(draft.text, p.end), checkParagraph);
      for (const f of e.result.findings) out.push(movedFrom(f, 0, p.start));
    }
    while (k < old.length && old[k].start < after) k++;
    for (; k < old.length; k++) out.push(movedFrom(old[k], 0, change.delta));
    this.indexed = false;
    return out;
  }

  /** Sightings of one form in document order, at their places in the draft. */
  private sightings(kind: Kind, key: string, paragraphs: readonly Paragraph[]): Sighting[] {
    const holders = [...(this.holders.get(kind)!.get(key) ?? [])].sort((a, b) => a.index - b.index);
    const out: Sighting[] = [];
    for (const e of holders) {
      const base = paragraphs[e.index].start;
      for (const s of e.result.forms[kind].get(key)!)
        out.push({ token: { start: s.token.start + base, end: s.token.end + base, text: s.token.text }, headline: s.headline });
    }
    return out;
  }

  /** The forms that the whole draft's counts would hold, for the keys that can be flagged only. */
  private emitForms(draft: Draft, quotes: readonly Range[], enabled: (rule: string) => boolean, findings: Finding[]): void {
    const { paragraphs } = draft;
    if (!this.indexed) {
      for (let i = 0; i < this.entries.length; i++) this.entries[i]!.index = i;
      this.indexed = true;
    }
    const wanted = new Map<Kind, Set<string>>();
    const want = (kind: Kind, key: string) => {
      let set = wanted.get(kind);
      if (!set) wanted.set(kind, (set = new Set()));
      set.add(key);
    };
    const both = (a: Kind, b: Kind) => {
      const x = this.holders.get(a)!;
      const y = this.holders.get(b)!;
      const [small, large] = x.size <= y.size ? [x, y] : [y, x];
      for (const key of small.keys()) {
        if (!large.has(key)) continue;
        want(a, key);
        want(b, key);
      }
    };
    both('open', 'hyphenated');
    both('lowerProper', 'upperProper');
    for (const key of this.holders.get('acronyms')!.keys()) want('acronyms', key);
    const american = this.britishTotal > 0 && this.americanTotal >= 2 && this.americanTotal > this.britishTotal;
    const british = !american && this.americanTotal > 0 && this.britishTotal >= 2 && this.britishTotal > this.americanTotal;
    if (american || british) {
      for (const key of this.holders.get('british')!.keys()) want('british', key);
      for (const key of this.holders.get('american')!.keys()) want('american', key);
    }
    if (wanted.size === 0) return;
    // The counts a whole-draft gathering gives, for these keys: maps in order of first sighting, as there.
    const counts = {} as FormCounts;
    for (const kind of KINDS) {
      const lists = [...(wanted.get(kind) ?? [])].map((key) => [key, this.sightings(kind, key, paragraphs)] as const);
      lists.sort((a, b) => a[1][0].token.start - b[1][0].token.start);
      counts[kind] = new Map(lists.map(([key, list]) => [key, [...list]]));
    }
    counts.britishTotal = this.britishTotal;
    counts.americanTotal = this.americanTotal;
    const run: GrammarRun = { text: draft.text, quotes: new RangeSet(quotes), enabled, last: true };
    const file = new VFile({ value: draft.text });
    setRun(file, run);
    emitForms(file, run, counts);
    for (const message of file.messages) {
      const finding = toFinding(message, run, this.book);
      if (finding && enabled(finding.rule)) findings.push(finding);
    }
  }
}
