/**
 * The document-wide bookkeeping of words and names that speaker resolution
 * reads across paragraphs: the `Lexicon` (words as small integers), the
 * registry of names as first introduced (`buildRegistry`), and the
 * `NameBook`, which a document's quote state keeps so that a check after an
 * edit neither recounts the known words nor rebuilds the registry when the
 * paragraphs that changed name nobody new. Without state, `attributeAll`
 * works the same things out afresh from the analyses.
 */
import type { KeyOp, ParagraphAnalysis } from './analysis';
import { sameOps } from './equality';
import { NameRegistry } from './names';

/**
 * Words as small integers, so the per-check pronoun pass compares numbers, not
 * strings. One lexicon per document state (ids are only compared within it).
 */
export class Lexicon {
  private readonly ids = new Map<string, number>();

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}

/**
 * What the document state keeps for `attributeAll` between checks, kept up to
 * date by the caller as paragraphs' analyses come and go (`replaced`):
 * how many analyses mention each known word, a version that changes when a
 * word becomes known or stops being known, and the registry while no
 * analysis that changed registers a name differently.
 */
export class NameBook {
  /** By lexicon id: the analyses whose mentions end with the word. */
  counts = new Int32Array(1024);
  version = 0;
  registry?: NameRegistry;
  /** Whether the name operations changed since `registry` was built. */
  registryStale = true;
  private bumped = false;

  /** Count an analysis in (+1) or out (-1). */
  count(analysis: ParagraphAnalysis, sign: 1 | -1): void {
    for (const id of analysis.lastWords) {
      if (id >= this.counts.length) {
        const grown = new Int32Array(Math.max(id + 1, this.counts.length * 2));
        grown.set(this.counts);
        this.counts = grown;
      }
      const before = this.counts[id];
      this.counts[id] = before + sign;
      if ((before === 0) !== (this.counts[id] === 0)) this.bumped = true;
    }
  }

  /** The analyses `before` (in draft order) were replaced by `after`, at the same place in the draft. */
  replaced(before: readonly (ParagraphAnalysis | undefined)[], after: readonly (ParagraphAnalysis | undefined)[]): void {
    for (const a of before) if (a) this.count(a, -1);
    for (const a of after) if (a) this.count(a, 1);
    if (!this.registryStale && !sameNameOps(before, after)) this.registryStale = true;
  }

  /** Called once per check before `attributeAll`: a new version if the known words changed. */
  settle(): void {
    if (this.bumped) this.version++;
    this.bumped = false;
  }
}

/** Whether two runs of analyses register the same names in the same order (their regs, titles and speech registrations). */
function sameNameOps(a: readonly (ParagraphAnalysis | undefined)[], b: readonly (ParagraphAnalysis | undefined)[]): boolean {
  const flat = (list: readonly (ParagraphAnalysis | undefined)[], pick: (x: ParagraphAnalysis) => KeyOp[]) => {
    const out: KeyOp[] = [];
    for (const x of list) if (x) for (const op of pick(x)) out.push(op);
    return out;
  };
  for (const pick of [(x: ParagraphAnalysis) => x.regs, (x: ParagraphAnalysis) => x.titles, (x: ParagraphAnalysis) => x.speechRegs]) {
    if (!sameOps(flat(a, pick), flat(b, pick))) return false;
  }
  return true;
}

/** Names as first introduced: every name run in draft order, then every named speech subject. */
export function buildRegistry(analyses: readonly ParagraphAnalysis[]): NameRegistry {
  const registry = new NameRegistry();
  for (const analysis of analyses) {
    if (!analysis.names) continue;
    for (const op of analysis.regs) registry.setSurname(op.key, op.name);
    for (const op of analysis.titles) registry.setTitle(op.key, op.name);
  }
  for (const analysis of analyses) if (analysis.names) for (const op of analysis.speechRegs) registry.setSurname(op.key, op.name);
  return registry;
}
