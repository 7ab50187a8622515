/**
 * Word-level differences between two passages, as jsdiff's `diffArrays`
 * finds them: Myers' O(ND) walk, step for step the one jsdiff takes (the same
 * diagonals, the same choices, the same pruning at the edges of the edit
 * graph, the same limit on edits), so it ends on the same edit script. But
 * where jsdiff builds that script as objects (several per step), this keeps
 * the furthest position on each diagonal in typed arrays and, when the script
 * is wanted, one row per step in a reused table. test/unit/duplicate checks
 * both results against jsdiff.
 *
 * Positions are token numbers: `same(i, j)` tells whether word `i` of the
 * first passage equals word `j` of the second.
 */

/** No path on the diagonal (positions are -1 or more). */
const NONE = -2;

/**
 * Per diagonal (offset by the edit limit + 1): the furthest position in the
 * first passage reached, and the step that reached it (a row of `steps`).
 */
let furthest = new Int32Array(64);
let stepOf = new Int32Array(64);

/**
 * The steps of the walk, a tree (each path goes on from an earlier one): per
 * step its parent, its edit (ADD or REMOVE; the root: none) and the common
 * words read after it. Reused.
 */
const steps: { parent: Int32Array; edit: Int32Array; common: Int32Array; n: number } = {
  parent: new Int32Array(256),
  edit: new Int32Array(256),
  common: new Int32Array(256),
  n: 0,
};
const ADD = 1;
const REMOVE = 2;

function addStep(parent: number, edit: number, common: number): number {
  if (steps.n === steps.parent.length) {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(2 * a.length);
      b.set(a);
      return b;
    };
    steps.parent = grow(steps.parent);
    steps.edit = grow(steps.edit);
    steps.common = grow(steps.common);
  }
  const s = steps.n++;
  steps.parent[s] = parent;
  steps.edit[s] = edit;
  steps.common[s] = common;
  return s;
}

/**
 * The walk from both starts to both ends: the step that ends it, or -1 when
 * that takes more than `maxEdit` edits (jsdiff gives no script then).
 */
function walk(oldLen: number, newLen: number, maxEdit: number, same: (i: number, j: number) => boolean): number {
  steps.n = 0;
  const limit = Math.min(maxEdit, oldLen + newLen);
  // No edit: the common start.
  let oldPos = -1;
  while (oldPos + 1 < newLen && oldPos + 1 < oldLen && same(oldPos + 1, oldPos + 1)) oldPos++;
  const root = addStep(-1, 0, oldPos + 1);
  if (oldPos + 1 >= oldLen && oldPos + 1 >= newLen) return root;
  if (limit < 1) return -1;
  const offset = limit + 1;
  if (furthest.length < 2 * limit + 3) {
    furthest = new Int32Array(2 * (2 * limit + 3));
    stepOf = new Int32Array(furthest.length);
  }
  const best = furthest;
  best.fill(NONE, 0, 2 * limit + 3);
  best[offset] = oldPos;
  stepOf[offset] = root;
  // Diagonals past an edge of the edit graph are not worth extending (as in jsdiff).
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let edits = 1; edits <= limit; edits++) {
    const last = Math.min(maxDiagonal, edits);
    for (let diagonal = Math.max(minDiagonal, -edits); diagonal <= last; diagonal += 2) {
      const removeFrom = best[offset + diagonal - 1];
      const addFrom = best[offset + diagonal + 1];
      if (removeFrom !== NONE) best[offset + diagonal - 1] = NONE;
      const canAdd = addFrom !== NONE && addFrom - diagonal >= 0 && addFrom - diagonal < newLen;
      const canRemove = removeFrom !== NONE && removeFrom + 1 < oldLen;
      if (!canAdd && !canRemove) {
        best[offset + diagonal] = NONE;
        continue;
      }
      // From the path furthest along the first passage that stays inside the graph.
      const add = !canRemove || (canAdd && removeFrom < addFrom);
      let x = add ? addFrom : removeFrom + 1;
      const parent = add ? stepOf[offset + diagonal + 1] : stepOf[offset + diagonal - 1];
      let y = x - diagonal;
      const from = x;
      while (y + 1 < newLen && x + 1 < oldLen && same(x + 1, y + 1)) {
        x++;
        y++;
      }
      const step = addStep(parent, add ? ADD : REMOVE, x - from);
      if (x + 1 >= oldLen && y + 1 >= newLen) return step;
      best[offset + diagonal] = x;
      stepOf[offset + diagonal] = step;
      if (x + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (y + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  return -1;
}

/**
 * The number of insertions and deletions in the edit script jsdiff's
 * `diffArrays(a, b, { maxEditLength: maxEdit })` gives (the least there is),
 * or -1 when it gives none. Common words: (a.length + b.length - that) / 2.
 */
export function editDistance(a: ArrayLike<number>, b: ArrayLike<number>, maxEdit: number): number {
  let step = walk(a.length, b.length, maxEdit, (i, j) => a[i] === b[j]);
  if (step < 0) return -1;
  let edits = 0;
  for (; steps.edit[step] !== 0; step = steps.parent[step]) edits++;
  return edits;
}

/**
 * The edit script jsdiff's `diffArrays` gives for passages of `oldLen` and
 * `newLen` words (words equal by `same`, at most `maxEdit` edits), as runs:
 * (common words, then removed and added words up to the next common word)
 * triples, in order; undefined when there is no script.
 */
export function editRuns(oldLen: number, newLen: number, maxEdit: number, same: (i: number, j: number) => boolean): number[] | undefined {
  let step = walk(oldLen, newLen, maxEdit, same);
  if (step < 0) return undefined;
  // The steps from the end back to the root, then forward in runs.
  const path: number[] = [];
  for (; step >= 0; step = steps.parent[step]) path.push(step);
  const runs: number[] = [steps.common[path[path.length - 1]], 0, 0];
  for (let q = path.length - 2; q >= 0; q--) {
    const s = path[q];
    const at = runs.length - 3;
    if (steps.edit[s] === ADD) runs[at + 2]++;
    else runs[at + 1]++;
    // Common words after the edit begin the next run.
    if (steps.common[s] > 0) runs.push(steps.common[s], 0, 0);
  }
  return runs;
}
