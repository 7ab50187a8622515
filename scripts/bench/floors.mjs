// The speed and memory floors, to be beaten (not tuned to). `kind: 'max'` means the
// measured value must be at most the limit; `'min'` at least.
export const FLOORS = Object.freeze([
  { id: 'typical-median', label: 'Full check of a typical ~600-word draft, median (warm)', limit: 5, unit: 'ms', kind: 'max' },
  { id: 'typical-vs-harper', label: 'Harper.js time ÷ Copydesk time on the same typical drafts', limit: 10, unit: '×', kind: 'min' },
  { id: 'long-100k', label: 'Full check of the 100,000-word draft, median', limit: 1000, unit: 'ms', kind: 'max' },
  { id: 'incremental-100k', label: 'Re-check after a one-word edit, 100,000-word draft, median', limit: 20, unit: 'ms', kind: 'max' },
  { id: 'memory-100k', label: 'Peak memory (max RSS) checking the 100,000-word draft', limit: 200, unit: 'MB', kind: 'max' },
  // The same floor, read for the way the extension checks: one checker kept per document while the editor types.
  { id: 'memory-session-100k', label: 'Peak memory (max RSS) editing the 100,000-word draft', limit: 200, unit: 'MB', kind: 'max' },
  { id: 'activation', label: 'Activation to first diagnostics on a sample draft, median', limit: 150, unit: 'ms', kind: 'max' },
]);

/** 'pass', 'fail', or 'n/a' when the value was not measured. */
export function verdict(floor, value) {
  if (!Number.isFinite(value)) return 'n/a';
  return (floor.kind === 'max' ? value <= floor.limit : value >= floor.limit) ? 'pass' : 'fail';
}

/** The mark printed next to a figure. */
export function mark(result) {
  return result === 'pass' ? 'PASS' : result === 'fail' ? 'FAIL' : 'n/a';
}

/** "≤ 5 ms" / "≥ 10×". */
export function describeLimit(floor) {
  return `${floor.kind === 'max' ? '≤' : '≥'} ${floor.limit}${floor.unit === '×' ? '×' : ' ' + floor.unit}`;
}
