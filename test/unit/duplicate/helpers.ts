import { checkWith } from '../../../src/engine/check';
import { readDraft } from '../../../src/engine/draft';
import { applyEdits, fixAll } from '../../../src/engine/edits';
import { duplicateDetector, findDuplicates } from '../../../src/engine/detectors/duplicate';
import type { CheckOptions, Finding, Quote } from '../../../src/engine/types';

/** Duplicate findings of `text` through the real pipeline (duplicate detector only). */
export function dups(text: string, options: CheckOptions = {}): Finding[] {
  const result = checkWith([duplicateDetector], text, options);
  if (result.errors.length) throw new Error(result.errors[0].message);
  return result.findings;
}

/** Duplicate findings with explicit quotes, as the quote extractor would give them. */
export function dupsWithQuotes(text: string, quotes: Quote[], options: CheckOptions = {}): Finding[] {
  return findDuplicates({ draft: readDraft(text), quotes, options, enabled: (rule) => options.rules?.[rule] !== false });
}

/** Every pair of curly double quotes as a direct quote. */
export function curlyQuotes(text: string): Quote[] {
  const out: Quote[] = [];
  for (let open = text.indexOf('“'); open >= 0; open = text.indexOf('“', open + 1)) {
    const close = text.indexOf('”', open);
    if (close < 0) break;
    out.push({ text: text.slice(open + 1, close), start: open, end: close + 1, speaker: null, kind: 'direct' });
  }
  return out;
}

export const covered = (text: string, f: { start: number; end: number }) => text.slice(f.start, f.end);

/** One line per finding: rule, severity, covered text and related text. */
export function summary(text: string, findings: Finding[]): string[] {
  return findings.map((f) => `${f.rule} ${f.severity} [${covered(text, f)}] <- [${f.related.map((r) => covered(text, r)).join('|')}]`);
}

export function applyFix(text: string, finding: Finding, index: number): string {
  return applyEdits(text, finding.fixes[index].edits);
}

export function fixEverything(text: string): string {
  return fixAll(text, dups(text)).text;
}

/** A deterministic pseudo-random generator (mulberry32), the benchmark's. */
export { seededRandom as random } from '../../../scripts/bench/generate.mjs';

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tu', 'vas', 'pe', 'dor', 'sil', 'an', 'qui', 'bel', 'fo', 'gar', 'hu', 'jin', 'nok', 'ul', 'zet', 'wy'];

/** Filler prose made of invented words: no two sentences share a run of four words. */
export function filler(rand: () => number, paragraphs: number, sentencesEach = 3): string[] {
  const word = () => {
    const n = 1 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    return w;
  };
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < sentencesEach; s++) {
      const words = Array.from({ length: 10 + Math.floor(rand() * 8) }, word);
      words[0] = words[0][0].toUpperCase() + words[0].slice(1);
      sentences.push(`${words.join(' ')}.`);
    }
    out.push(sentences.join(' '));
  }
  return out;
}
