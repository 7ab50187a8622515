/**
 * The engine's properties, shared by `npm test` (engine.test.ts, fixed seed,
 * a few thousand cases) and the long run (`node scripts/fuzz.mjs --runs N`).
 */
import fc from 'fast-check';
import type { CheckOptions } from '../../../src/engine/types';
import { checkOptions, mutatedDraft, realDrafts, unicodeDraft } from './arbitraries';
import { assertAllInvariants } from './invariants';

export interface NamedProperty {
  name: string;
  /** Share of the run budget this property gets (cases are cheap or dear). */
  weight: number;
  property: fc.IProperty<never> | fc.IProperty<unknown[]>;
}

/** The previous text checked, so determinism is tested across calls with other texts in between. */
let previous = 'A different draft.\n\nIt said "hello" twice twice.';

function checkInvariants(text: string, options: CheckOptions): void {
  try {
    assertAllInvariants(text, options, previous);
  } finally {
    previous = text;
  }
}

/** Turn rules or categories off on top of the generated options (the fuzz script's `--disable`, to look past a known failure). */
function withDisabled(options: CheckOptions, disable: readonly string[]): CheckOptions {
  if (disable.length === 0) return options;
  const rules = { ...options.rules };
  const categories = { ...options.categories };
  for (const name of disable) {
    if (name.includes('/')) rules[name] = false;
    else categories[name as keyof typeof categories] = false;
  }
  return { ...options, rules, categories };
}

export function engineProperties(options: { corpus?: boolean; disable?: string[] } = {}): NamedProperty[] {
  const drafts = realDrafts(options.corpus ?? true);
  const disable = options.disable ?? [];
  const invariants = (text: string, opts: CheckOptions) => checkInvariants(text, withDisabled(opts, disable));
  return [
    {
      name: 'arbitrary Unicode drafts (emoji, combining marks, RTL, zero-width, lone surrogates, NUL) satisfy every invariant',
      weight: 15,
      property: fc.property(unicodeDraft, checkOptions, (text, opts) => invariants(text, opts)),
    },
    {
      name: 'mutated real drafts (lines and paragraphs inserted, deleted, duplicated) satisfy every invariant',
      weight: 1,
      property: fc.property(mutatedDraft(drafts), checkOptions, (draft, opts) => invariants(draft.text, opts)),
    },
    {
      name: 'raw UTF-16 code units (binary junk) satisfy every invariant',
      weight: 5,
      property: fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 }), (text) => invariants(text, {})),
    },
  ];
}
