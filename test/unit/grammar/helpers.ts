import assert from 'node:assert/strict';
import { checkGrammar } from '../../../src/engine/detectors/grammar';
import { applyEdits } from '../../../src/engine/edits';
import type { Finding } from '../../../src/engine/types';

export interface Range {
  start: number;
  end: number;
}

/** Findings of one rule (all rules run; quotes given explicitly). */
export function findings(text: string, rule?: string, quotes: Range[] = []): Finding[] {
  const all = checkGrammar(text, { quotes });
  return rule ? all.filter((f) => f.rule === rule) : all;
}

/** `rule`'s messages, retext style. */
export function messages(text: string, rule: string, quotes: Range[] = []): string[] {
  return findings(text, rule, quotes).map((f) => f.message);
}

/** The text after applying a finding's fix (the first one unless told). */
export function fixed(text: string, finding: Finding, which = 0): string {
  const fix = finding.fixes[which];
  assert.ok(fix, 'the finding has a fix');
  return applyEdits(text, fix.edits);
}

/** The single finding of `rule` in `text`, with the text it covers and the text after its fix. */
export function only(text: string, rule: string, quotes: Range[] = []): { finding: Finding; covered: string; after: string } {
  const list = findings(text, rule, quotes);
  assert.equal(list.length, 1, `exactly one ${rule} finding in ${JSON.stringify(text)}; got ${JSON.stringify(list.map((f) => f.message))}`);
  const finding = list[0];
  return { finding, covered: text.slice(finding.start, finding.end), after: fixed(text, finding) };
}

/** The range of the first occurrence of `needle` in `text`, with its quotation marks if `quoted`. */
export function rangeOf(text: string, needle: string): Range {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, `${needle} in text`);
  return { start, end: start + needle.length };
}
