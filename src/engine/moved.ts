/**
 * Moving what a check found to where it stands after an edit (`DraftChange`:
 * old `[start, oldEnd)` became new `[start, newEnd)`), for detectors that keep
 * findings between checks. An offset at or before the change stays, one at or
 * after its old end moves by `delta`; one strictly inside it (or at the very
 * point of an insertion, where it could belong on either side) cannot be
 * moved, and the finding must be made again.
 */
import type { DraftChange } from './draft';
import type { Finding, Fix } from './types';

/** `x` after the change, or -1 when it cannot be told. */
export function movedOffset(x: number, change: Pick<DraftChange, 'start' | 'oldEnd' | 'delta'>): number {
  if (change.start === change.oldEnd ? x < change.start : x <= change.start) return x;
  if (change.start === change.oldEnd ? x > change.oldEnd : x >= change.oldEnd) return x + change.delta;
  return -1;
}

/**
 * `f` after the change: the same object when nothing in it moves, a moved
 * copy, or undefined when it must be made again: its own range touches the
 * change (where a finding starts and ends depends on the words there), or an
 * offset of its fixes or related ranges lies inside the change.
 */
export function movedFinding(f: Finding, change: Pick<DraftChange, 'start' | 'oldEnd' | 'delta'>): Finding | undefined {
  const { start, oldEnd, delta } = change;
  if (f.start <= oldEnd && f.end >= start) return undefined;
  // The lowest and highest offsets: most findings lie wholly before or wholly after the change.
  let lo = f.start;
  let hi = f.end;
  for (const fix of f.fixes) {
    for (const e of fix.edits) {
      if (e.start < lo) lo = e.start;
      if (e.end > hi) hi = e.end;
    }
  }
  for (const r of f.related) {
    if (r.start < lo) lo = r.start;
    if (r.end > hi) hi = r.end;
  }
  if (movedOffset(hi, change) === hi) return f;
  if (movedOffset(lo, change) === lo + delta) return shift(f, delta);
  // Offsets on both sides: each must be outside the change.
  const at = (x: number) => movedOffset(x, change);
  for (const fix of f.fixes) for (const e of fix.edits) if (at(e.start) < 0 || at(e.end) < 0) return undefined;
  for (const r of f.related) if (at(r.start) < 0 || at(r.end) < 0) return undefined;
  return {
    rule: f.rule,
    category: f.category,
    severity: f.severity,
    message: f.message,
    start: at(f.start),
    end: at(f.end),
    fixes: f.fixes.map((fix) => withEdits(fix, fix.edits.map((e) => ({ start: at(e.start), end: at(e.end), text: e.text })))),
    related: f.related.map((r) => ({ start: at(r.start), end: at(r.end), message: r.message })),
  };
}

/** `f` with every offset moved by `delta`. */
function shift(f: Finding, delta: number): Finding {
  return {
    rule: f.rule,
    category: f.category,
    severity: f.severity,
    message: f.message,
    start: f.start + delta,
    end: f.end + delta,
    fixes: f.fixes.map((fix) => withEdits(fix, fix.edits.map((e) => ({ start: e.start + delta, end: e.end + delta, text: e.text })))),
    related: f.related.map((r) => ({ start: r.start + delta, end: r.end + delta, message: r.message })),
  };
}

function withEdits(fix: Fix, edits: Fix['edits']): Fix {
  const out: Fix = { title: fix.title, edits };
  if (fix.preferred !== undefined) out.preferred = fix.preferred;
  if (fix.safe !== undefined) out.safe = fix.safe;
  return out;
}

/** Whether two sorted lists of ranges are the same once the first is moved by the change (none inside it). */
export function sameRangesMoved(old: readonly { start: number; end: number }[], now: readonly { start: number; end: number }[], change: Pick<DraftChange, 'start' | 'oldEnd' | 'delta'>): boolean {
  if (old.length !== now.length) return false;
  for (let i = 0; i < old.length; i++) {
    const s = movedOffset(old[i].start, change);
    const e = movedOffset(old[i].end, change);
    if (s < 0 || e < 0 || s !== now[i].start || e !== now[i].end) return false;
  }
  return true;
}
