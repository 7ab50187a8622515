import { firstIndex } from './search';
import type { Finding, Fix, TextEdit } from './types';

/** Thrown when a list of edits cannot be applied as one change. */
export class EditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditError';
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Two edits conflict when their ranges overlap, or both insert at the same point. */
export function editsOverlap(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

function validate(text: string, edit: TextEdit): void {
  const { start, end } = edit;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new EditError(`edit [${start}, ${end}) lies outside the text (length ${text.length})`);
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new EditError(`edit [${start}, ${end}) splits a surrogate pair`);
  }
}

/**
 * Apply edits to a text as one change. Offsets refer to the original text, so
 * the result does not depend on the order of the list. Overlapping edits, edits
 * outside the text and edits that split a surrogate pair are refused with an
 * EditError; the text is never partly edited.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < sorted.length; i++) {
    validate(text, sorted[i]);
    if (i > 0 && editsOverlap(sorted[i - 1], sorted[i])) {
      const p = sorted[i - 1];
      const c = sorted[i];
      throw new EditError(`edits [${p.start}, ${p.end}) and [${c.start}, ${c.end}) overlap`);
    }
  }
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    parts.push(text.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** Edits already taken, kept sorted by start; they never overlap each other. */
class EditSet {
  private readonly edits: TextEdit[] = [];

  /** Index of the first edit whose start is at or after `start`. */
  private lowerBound(start: number): number {
    return firstIndex(this.edits, (e) => e.start >= start);
  }

  conflicts(edit: TextEdit): boolean {
    const i = this.lowerBound(edit.start);
    // Taken edits do not overlap each other, so only the neighbours can conflict,
    // and several taken edits may start at the same offset (an insertion, then a replacement).
    for (let k = i; k < this.edits.length && this.edits[k].start <= edit.end; k++) if (editsOverlap(this.edits[k], edit)) return true;
    return i > 0 && editsOverlap(this.edits[i - 1], edit);
  }

  add(edit: TextEdit): void {
    this.edits.splice(this.lowerBound(edit.start), 0, edit);
  }
}

/**
 * Choose fixes that can be applied together: in the given order, each fix is
 * taken unless one of its edits conflicts with an edit already taken, or two
 * taken fixes are identical (the same deletion offered by two findings).
 */
export function compatibleFixes(fixes: readonly Fix[]): { taken: Fix[]; skipped: Fix[] } {
  const taken: Fix[] = [];
  const skipped: Fix[] = [];
  const edits = new EditSet();
  const seen = new Set<string>();
  for (const fix of fixes) {
    const key = fix.edits
      .map((e) => `${e.start}:${e.end}:${e.text}`)
      .sort()
      .join('\u0000');
    if (seen.has(key) || fix.edits.some((e) => edits.conflicts(e))) {
      skipped.push(fix);
      continue;
    }
    seen.add(key);
    taken.push(fix);
    for (const e of fix.edits) edits.add(e);
  }
  return { taken, skipped };
}

/** The fix applied when "fix all" is asked for: the preferred one, else the first. */
export function primaryFix(finding: Finding): Fix | undefined {
  return finding.fixes.find((f) => f.preferred) ?? finding.fixes[0];
}

/**
 * Apply the primary fix of every finding that `select` accepts, skipping fixes
 * that conflict with one already applied. Returns the new text and counts.
 */
export function fixAll(
  text: string,
  findings: readonly Finding[],
  select: (finding: Finding, fix: Fix) => boolean = () => true,
): { text: string; applied: number; skipped: number } {
  const fixes: Fix[] = [];
  for (const finding of findings) {
    const fix = primaryFix(finding);
    if (fix && select(finding, fix)) fixes.push(fix);
  }
  const { taken, skipped } = compatibleFixes(fixes);
  return {
    text: applyEdits(
      text,
      taken.flatMap((f) => f.edits),
    ),
    applied: taken.length,
    skipped: skipped.length,
  };
}

/** A stretch `[start, end)` of a text. */
export interface Span {
  start: number;
  end: number;
}

/** Spans sorted by start, with overlapping or touching spans joined; empty spans are dropped. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The pieces of `span` that no span of `taken` (as `mergeSpans` gives them) covers, in order. */
export function subtractSpans(span: Span, taken: readonly Span[]): Span[] {
  const pieces: Span[] = [];
  let cursor = span.start;
  for (let i = firstIndex(taken, (t) => t.end > span.start); i < taken.length && taken[i].start < span.end; i++) {
    if (taken[i].start > cursor) pieces.push({ start: cursor, end: taken[i].start });
    cursor = Math.max(cursor, taken[i].end);
  }
  if (cursor < span.end) pieces.push({ start: cursor, end: span.end });
  return pieces;
}

/**
 * Edits of a text moved to the text that applying `applied` to it gives (the
 * second step of a change made in two). An edit must not overlap an applied
 * one (touching is fine); an EditError says so otherwise.
 */
export function rebaseEdits(edits: readonly TextEdit[], applied: readonly TextEdit[]): TextEdit[] {
  const sorted = [...applied].sort((a, b) => a.start - b.start || a.end - b.end);
  // shift[i]: how far the first i applied edits move the offsets after them.
  const shift = [0];
  for (const a of sorted) shift.push(shift[shift.length - 1] + a.text.length - (a.end - a.start));
  // Applied edits do not overlap, so their ends ascend with their starts.
  const after = (offset: number) => firstIndex(sorted, (a) => a.end > offset);
  return edits.map((e) => {
    const next = sorted[after(e.start)];
    if (next && (e.start === e.end ? next.start < e.start : next.start < e.end)) {
      throw new EditError(`edit [${e.start}, ${e.end}) overlaps an applied edit [${next.start}, ${next.end})`);
    }
    const start = e.start + shift[after(e.start)];
    // The end stays before text inserted right at it.
    const end = e.start === e.end ? start : e.end + shift[firstIndex(sorted, (a) => a.end > e.end || (a.end === e.end && a.start === a.end))];
    return { start, end, text: e.text };
  });
}
