/**
 * Who said it: each quote segment's speaker, resolved across the draft.
 *
 * A segment's speaker comes, in order of preference, from its own sentence
 * (attribution.ts: after the quote, then before it), then from continuation:
 * another segment of the same multi-paragraph quote; an earlier quote or
 * named speaker in the same paragraph; or, for a quote that opens its
 * paragraph, the last speaker of the previous paragraph. Names are given as
 * first introduced (the registry: a later "Tillerson" is "Rex Tillerson");
 * "he"/"she" stand for the most recent person named as the subject of a
 * speech verb before the pronoun, or failing that the most recent person
 * introduced with a title or in full (pronouns.ts). Unnamed speakers ("a
 * spokesman said", "they said") count as attributed with speaker null.
 *
 * The work is split as "per paragraph local + global merge". Everything that
 * reads words stays inside one paragraph (paragraph.ts, whose result has the
 * shape in analysis.ts). What crosses paragraphs is `attributeAll` here, over
 * the paragraphs' compact analyses only: the registry and known words
 * (book.ts), the pronoun pass and resolution (pronouns.ts), and
 * continuations. It reads no token, so an edit re-analyses only the
 * paragraphs it touched (extract.ts keeps the analyses).
 */
import type { LocalMention, ParagraphAnalysis, SegmentLocal } from './analysis';
import { buildRegistry, type Lexicon, type NameBook } from './book';
import type { Segment } from './marks';
import type { NameRegistry } from './names';
import { latestIndex, pronounResolver, type PronounColumns } from './pronouns';

/** A segment's speaker, as attribution found it (absolute offsets). */
export interface SegmentSpeaker {
  speaker: string | null;
  speakerStart?: number;
  speakerEnd?: number;
  /** The quote's own sentence attributes it (not a continuation). */
  explicit: boolean;
  /** Some attribution was found, even if it names nobody ("a spokesman said"). */
  attributed: boolean;
}

/**
 * Attribute every segment of the draft from its paragraphs' analyses: names
 * in draft order make the registry, the pronoun pass learns who is "he" and
 * who "she", then each segment's own attribution is resolved and quotes with
 * none inherit from their chain or context. The per-check work is a pass over
 * the paragraphs' summaries and the segments; no token is read again. With
 * `book` and `columns` (state), the registry and each paragraph's
 * pronoun-pass summary are reused while what they depend on is unchanged.
 * `locals[q]` is the analysis of `segments[q]`.
 */
export function attributeAll(
  paragraphs: readonly { start: number }[],
  analyses: readonly ParagraphAnalysis[],
  segments: readonly Segment[],
  locals: readonly SegmentLocal[],
  lexicon: Lexicon,
  book?: NameBook,
  columns?: PronounColumns,
): SegmentSpeaker[] {
  if (segments.length === 0) return [];
  // The known words (the last word of every name mentioned) and the registry: kept up to date by the book, or made here.
  let known: ArrayLike<number>;
  let registry: NameRegistry;
  let version = -1;
  if (book) {
    book.settle();
    known = book.counts;
    version = book.version;
    if (!book.registry || book.registryStale) {
      book.registry = buildRegistry(analyses);
      book.registryStale = false;
    }
    registry = book.registry;
  } else {
    const words = new Uint8Array(lexicon.size);
    for (const analysis of analyses) for (const id of analysis.lastWords) words[id] = 1;
    known = words;
    registry = buildRegistry(analyses);
  }
  const starts = paragraphs;
  const resolve = pronounResolver(starts, analyses, known, version, registry, columns);

  // Each segment's own attribution, resolved.
  const out: SegmentSpeaker[] = [];
  for (let q = 0; q < segments.length; q++) {
    const p = segments[q].paragraph;
    const base = starts[p].start;
    const local = locals[q];
    const a = local.attribution;
    let speaker: SegmentSpeaker;
    if (!a) speaker = { speaker: null, explicit: false, attributed: false };
    else if (a.kind === 'anonymous') speaker = { speaker: null, explicit: true, attributed: true };
    else if (a.kind === 'title') {
      const name = registry.byTitle(a.title);
      speaker = name
        ? { speaker: name, speakerStart: base + a.start, speakerEnd: base + a.end, explicit: true, attributed: true }
        : { speaker: null, explicit: true, attributed: true };
    } else if (a.kind === 'pronoun') {
      const pos = base + a.start;
      const who = resolve(p, a.start, local.wanted);
      if (!who) speaker = { speaker: null, speakerStart: pos, speakerEnd: base + a.end, explicit: true, attributed: true };
      else {
        // "Russia’s Foreign Secretary issued a statement saying that he told…": point at the name when it is in the same sentence.
        const [start, end] = who.start >= base + local.pronounSentence ? [who.start, who.end] : [pos, base + a.end];
        speaker = { speaker: who.name, speakerStart: start, speakerEnd: end, explicit: true, attributed: true };
      }
    } else speaker = { speaker: registry.canonical(a.name), speakerStart: base + a.start, speakerEnd: base + a.end, explicit: true, attributed: true };
    out.push(speaker);
  }

  // Continuations, in document order.
  const chainSpeaker = new Map<number, SegmentSpeaker>();
  for (let q = 0; q < segments.length; q++) {
    const seg = segments[q];
    const s = out[q];
    if (s.attributed) {
      if (seg.chain >= 0 && !chainSpeaker.has(seg.chain)) chainSpeaker.set(seg.chain, s);
      continue;
    }
    const inherited =
      signedBy(segments, locals, q, starts, analyses, registry) ??
      (seg.chain >= 0 ? chainSpeaker.get(seg.chain) : undefined) ??
      inheritFromContext(segments, locals, out, q, starts, analyses, registry);
    if (inherited) out[q] = { speaker: inherited.speaker, explicit: false, attributed: true };
    if (seg.chain >= 0 && out[q].attributed && !chainSpeaker.has(seg.chain)) chainSpeaker.set(seg.chain, out[q]);
  }
  // A chain attributed only in a later paragraph: give the earlier segments the same speaker.
  for (let q = 0; q < segments.length; q++) {
    const seg = segments[q];
    const s = chainSpeaker.get(seg.chain);
    if (seg.chain >= 0 && s && !out[q].attributed) out[q] = { speaker: s.speaker, explicit: false, attributed: true };
  }
  return out;
}

/**
 * A quote closing its paragraph, with a signature paragraph right after it
 * ("- Bernie Sanders."), is signed by that name. A one-word signature
 * ("- Sanders.") counts only for a person the draft introduces in full.
 */
function signedBy(
  segments: readonly Segment[],
  locals: readonly SegmentLocal[],
  q: number,
  starts: readonly { start: number }[],
  analyses: readonly ParagraphAnalysis[],
  registry: NameRegistry,
): SegmentSpeaker | undefined {
  const p = segments[q].paragraph;
  const next = p + 1 < analyses.length ? analyses[p + 1].signature : undefined;
  if (!next || !locals[q].closesParagraph || (q + 1 < segments.length && segments[q + 1].paragraph === p)) return undefined;
  const name = registry.canonical(next.name);
  if (!name.includes(' ')) return undefined;
  return { speaker: name, speakerStart: starts[p + 1].start + next.pos, speakerEnd: starts[p + 1].start + next.end, explicit: true, attributed: true };
}

/** A quote with no attribution of its own takes the speaker of the quote or speaker just before it. */
function inheritFromContext(
  segments: readonly Segment[],
  locals: readonly SegmentLocal[],
  out: readonly SegmentSpeaker[],
  q: number,
  starts: readonly { start: number }[],
  analyses: readonly ParagraphAnalysis[],
  registry: NameRegistry,
): SegmentSpeaker | undefined {
  const seg = segments[q];
  const prev = q > 0 ? segments[q - 1] : undefined;
  const p = seg.paragraph;
  // The latest named speaker before the quote, if it is in this paragraph or the one before.
  let lastSpeech: LocalMention | undefined;
  let lastParagraph = -1;
  const here = analyses[p].speech;
  const i = latestIndex(here, seg.start - starts[p].start);
  if (i >= 0) {
    lastSpeech = here[i];
    lastParagraph = p;
  } else if (p > 0 && analyses[p - 1].speech.length > 0) {
    lastSpeech = analyses[p - 1].speech[analyses[p - 1].speech.length - 1];
    lastParagraph = p - 1;
  }
  const lastPos = lastSpeech ? starts[lastParagraph].start + lastSpeech.pos : -1;
  // The latest of: the previous quote, the previous named speaker, in this paragraph.
  const prevHere = prev && prev.paragraph === p && out[q - 1].attributed ? prev : undefined;
  const speechHere = lastSpeech !== undefined && lastParagraph === p;
  if (prevHere && (!speechHere || lastPos < prevHere.start)) return out[q - 1];
  if (speechHere) return { speaker: registry.canonical(lastSpeech!.name), explicit: false, attributed: true };
  // A quote opening its paragraph continues the previous paragraph's speaker.
  if (!locals[q].opensParagraph) return undefined;
  const prevPara = p - 1;
  if (prevPara < 0) return undefined;
  const prevQuote = prev && prev.paragraph === prevPara && out[q - 1].attributed ? prev : undefined;
  const speechPrev = lastSpeech !== undefined && lastParagraph === prevPara;
  if (prevQuote && (!speechPrev || lastPos < prevQuote.start)) return out[q - 1];
  if (speechPrev) return { speaker: registry.canonical(lastSpeech!.name), explicit: false, attributed: true };
  return undefined;
}
