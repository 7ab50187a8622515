/**
 * Exact-repeat groups: the entries whose folded text has the same hash
 * (`repeatHash`, exact.ts), in draft order, and in each entry the latest
 * earlier one whose text folds the same (`earlier`), which is all the
 * paragraph and line rules need. A build appends entries in order; a kept
 * index's update takes the removed ones out, puts the added ones in, and
 * links again only the groups that changed.
 */
import type { Paragraph } from '../../../draft';
import { firstIndex } from '../../../search';
import { sameRepeat } from '../exact';
import type { Entry } from './types';

export class RepeatGroups {
  /** Entries by `hash`, in draft order. */
  private readonly groups = new Map<number, Entry[]>();

  clear(): void {
    this.groups.clear();
  }

  /** Appends `e`, the draft's last entry so far, to its group and links it to its earlier copy (a build). */
  append(e: Entry, paragraphs: readonly Paragraph[]): void {
    let group = this.groups.get(e.hash);
    if (!group) {
      group = [];
      this.groups.set(e.hash, group);
    }
    group.push(e);
    e.earlier = earlierIn(group, group.length - 1, paragraphs);
  }

  /** Takes the `removed` entries out of their groups (groups losing many are filtered once); the groups left go to `touched`. */
  removeAll(removed: readonly Entry[], touched: Set<Entry[]>): void {
    const leaving = new Map<Entry[], Entry[]>();
    for (const e of removed) {
      const group = this.groups.get(e.hash) as Entry[];
      let out = leaving.get(group);
      if (!out) leaving.set(group, (out = []));
      out.push(e);
    }
    for (const [group, out] of leaving) {
      let rest = group;
      if (out.length === 1) group.splice(group.indexOf(out[0]), 1);
      else {
        const set = new Set(out);
        rest = group.filter((e) => !set.has(e));
      }
      if (rest.length === 0) {
        this.groups.delete(out[0].hash);
        continue;
      }
      if (rest !== group) this.groups.set(out[0].hash, rest);
      touched.add(rest);
    }
  }

  /** Puts `e` (numbered already) in its group at its place in draft order; the group goes to `touched`. */
  insert(e: Entry, touched: Set<Entry[]>): void {
    let group = this.groups.get(e.hash);
    if (!group) {
      group = [];
      this.groups.set(e.hash, group);
    }
    group.splice(
      firstIndex(group, (x) => x.index >= e.index),
      0,
      e,
    );
    touched.add(group);
  }

  /** Links every entry of the `touched` groups to its earlier copy again. */
  relink(touched: Set<Entry[]>, paragraphs: readonly Paragraph[]): void {
    for (const group of touched) for (let k = 0; k < group.length; k++) group[k].earlier = earlierIn(group, k, paragraphs);
  }
}

/** The latest entry before `group[k]` in its group (same hash) whose paragraph folds to the same text; null: none. */
function earlierIn(group: readonly Entry[], k: number, paragraphs: readonly Paragraph[]): Entry | null {
  const text = paragraphs[group[k].index].text;
  for (let m = k - 1; m >= 0; m--) if (sameRepeat(paragraphs[group[m].index].text, text)) return group[m];
  return null;
}
