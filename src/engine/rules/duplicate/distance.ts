/**
 * The number of word insertions and deletions between two passages, for the
 * similarity of a match (match.ts): Myers' O(ND) walk, step for step the one
 * jsdiff's `diffArrays` takes (the same diagonals, the same choices, the same
 * pruning at the edges of the edit graph), so it stops at the same number of
 * edits; but it keeps only the furthest position on each diagonal, in one
 * reused typed array, where jsdiff builds the whole edit script (an object
 * per step) that a similarity does not need. test/unit/duplicate checks it
 * against jsdiff.
 */

/** No path on the diagonal (positions are -1 or more). */
const NONE = -2;

/**
 * Per diagonal (offset by the largest edit count + 1): the furthest position
 * in `a` reached, and the number of edits of the path that reached it (which
 * jsdiff's edit script would hold); reused.
 */
let furthest = new Int32Array(64);
let cost = new Int32Array(64);

/**
 * The number of insertions and deletions in the edit script jsdiff's
 * `diffArrays(a, b, { maxEditLength: maxEdit })` gives (the least there is),
 * or -1 when it gives none. Common words: (a.length + b.length - that) / 2.
 */
export function editDistance(a: ArrayLike<number>, b: ArrayLike<number>, maxEdit: number): number {
  const oldLen = a.length;
  const newLen = b.length;
  const limit = Math.min(maxEdit, oldLen + newLen);
  // Edit length 0: the common start.
  let oldPos = -1;
  while (oldPos + 1 < newLen && oldPos + 1 < oldLen && a[oldPos + 1] === b[oldPos + 1]) oldPos++;
  if (oldPos + 1 >= oldLen && oldPos + 1 >= newLen) return 0;
  if (limit < 1) return -1;
  const offset = limit + 1;
  if (furthest.length < 2 * limit + 3) {
    furthest = new Int32Array(2 * (2 * limit + 3));
    cost = new Int32Array(furthest.length);
  }
  const best = furthest;
  best.fill(NONE, 0, 2 * limit + 3);
  best[offset] = oldPos;
  cost[offset] = 0;
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
      // From the path furthest along `a` that stays inside the graph.
      const add = !canRemove || (canAdd && removeFrom < addFrom);
      let x = add ? addFrom : removeFrom + 1;
      const steps = (add ? cost[offset + diagonal + 1] : cost[offset + diagonal - 1]) + 1;
      let y = x - diagonal;
      while (y + 1 < newLen && x + 1 < oldLen && a[x + 1] === b[y + 1]) {
        x++;
        y++;
      }
      if (x + 1 >= oldLen && y + 1 >= newLen) return steps;
      best[offset + diagonal] = x;
      cost[offset + diagonal] = steps;
      if (x + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (y + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  return -1;
}
