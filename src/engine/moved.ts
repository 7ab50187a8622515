/**
 * Moving what a check found to where it stands after an edit (`DraftChange`:
 * old `[start, oldEnd)` became new `[start, newEnd)`), for detectors that keep
 * findings between checks. An offset at or before the change stays, one at or
 * after its old end moves by `delta`; one strictly inside it (or at the very
 * point of an insertion, where it could belong on either side) cannot be
 * moved, and the finding must be made again.
 */
import type { DraftChange } from './draft';
import type { Finding, Fix, Related, TextEdit } from './types';

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
  if (f.start <= change.oldEnd && f.end >= change.start) return undefined;
  for (const fix of f.fixes) for (const e of fix.edits) if (movedOffset(e.start, change) < 0 || movedOffset(e.end, change) < 0) return undefined;
  for (const r of f.related) if (movedOffset(r.start, change) < 0 || movedOffset(r.end, change) < 0) return undefined;
  // No offset inside the change: those before it stay, those from its end on move.
  return movedFrom(f, change.oldEnd, change.delta);
}

/**
 * `f` with every offset at or after `at` moved by `by` (a copy; `f` itself
 * when none moves). Fixes and related ranges that do not move are shared, and
 * objects are built in fixed shapes (spreading findings of several shapes is
 * slow).
 */
export function movedFrom(f: Finding, at: number, by: number): Finding {
  if (by === 0 || (f.start < at && !reaches(f, at))) return f;
  const fr = f.related;
  const related: Related[] = new Array(fr.length);
  for (let k = 0; k < fr.length; k++) {
    const r = fr[k];
    related[k] = r.end >= at ? { start: r.start >= at ? r.start + by : r.start, end: r.end + by, message: r.message } : r;
  }
  const ff = f.fixes;
  const fixes: Fix[] = new Array(ff.length);
  for (let k = 0; k < ff.length; k++) {
    const fix = ff[k];
    const fe = fix.edits;
    let moves = false;
    for (let q = 0; q < fe.length && !moves; q++) moves = fe[q].end >= at;
    if (!moves) {
      fixes[k] = fix;
      continue;
    }
    const edits: TextEdit[] = new Array(fe.length);
    for (let q = 0; q < fe.length; q++) {
      const e = fe[q];
      edits[q] = e.end >= at ? { start: e.start >= at ? e.start + by : e.start, end: e.end + by, text: e.text } : e;
    }
    fixes[k] = withEdits(fix, edits);
  }
  return {
    rule: f.rule,
    category: f.category,
    severity: f.severity,
    message: f.message,
    start: f.start >= at ? f.start + by : f.start,
    end: f.end >= at ? f.end + by : f.end,
    fixes,
    related,
  };
}

/** Whether any offset of `f` lies at or after `at` (given that its start does not). */
function reaches(f: Finding, at: number): boolean {
  if (f.end >= at) return true;
  for (let k = 0; k < f.related.length; k++) if (f.related[k].end >= at) return true;
  for (let k = 0; k < f.fixes.length; k++) {
    const edits = f.fixes[k].edits;
    for (let q = 0; q < edits.length; q++) if (edits[q].end >= at) return true;
  }
  return false;
}

/** `fix` with `edits` instead of its own, built in one shape (no properties added afterwards). */
function withEdits(fix: Fix, edits: TextEdit[]): Fix {
  if (fix.review !== undefined) return { ...fix, edits };
  if (fix.safe === undefined) return fix.preferred === undefined ? { title: fix.title, edits } : { title: fix.title, edits, preferred: fix.preferred };
  return fix.preferred === undefined ? { title: fix.title, edits, safe: fix.safe } : { title: fix.title, edits, preferred: fix.preferred, safe: fix.safe };
}

/** Whether two sorted lists of ranges are the same once the first is moved by the change (none inside it). */
export function sameRangesMoved(
  old: readonly { start: number; end: number }[],
  now: readonly { start: number; end: number }[],
  change: Pick<DraftChange, 'start' | 'oldEnd' | 'delta'>,
): boolean {
  if (old.length !== now.length) return false;
  for (let i = 0; i < old.length; i++) {
    const s = movedOffset(old[i].start, change);
    const e = movedOffset(old[i].end, change);
    if (s < 0 || e < 0 || s !== now[i].start || e !== now[i].end) return false;
  }
  return true;
}
