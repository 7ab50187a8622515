/**
 * Values computed from each line or paragraph of a draft, kept in step with
 * the draft from check to check (`createChecker`): after an edit only the
 * lines or paragraphs the draft's `change` names are computed again; the rest
 * are moved along with a splice. Lives in a detector's state (detector.ts).
 */
import type { Draft, Line, Paragraph } from './draft';

export class AlignedCache<K extends 'lines' | 'paragraphs', V> {
  private values: V[] = [];
  /** The draft the values are for. */
  private draft: Draft | undefined;
  /** What the last update replaced (the old values of the changed items), or undefined when it computed every value. */
  replaced: V[] | undefined;

  constructor(
    private readonly which: K,
    private readonly compute: (item: Draft[K][number]) => V,
  ) {}

  /** The values for `draft`, one per line (or paragraph), computing only what changed since the last call. */
  update(draft: Draft): readonly V[] {
    const items = draft[this.which] as readonly (Line | Paragraph)[];
    const compute = this.compute as (item: Line | Paragraph) => V;
    const change = draft.change;
    if (draft === this.draft) return this.values;
    if (!change || change.previous !== this.draft) {
      this.values = items.map(compute);
      this.replaced = undefined;
    } else {
      const { from, toOld, toNew } = change[this.which];
      const fresh: V[] = [];
      for (let i = from; i < toNew; i++) fresh.push(compute(items[i]));
      this.replaced = this.values.splice(from, toOld - from, ...fresh);
    }
    this.draft = draft;
    return this.values;
  }
}
