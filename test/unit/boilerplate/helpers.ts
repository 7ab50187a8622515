import { readDraft } from '../../../src/engine/draft';
import { boilerplateDetector } from '../../../src/engine/detectors/boilerplate';
import type { CheckOptions, Finding } from '../../../src/engine/types';

/** Hand-written article paragraphs (not from any corpus): good copy that must never be flagged. */
export const PARAGRAPHS = [
  'The city council voted on Tuesday to extend the night bus service to the northern suburbs, ending a dispute that had run for more than a year.',
  'Council members said the change would cost about $2 million a year and would be paid for by a small rise in parking fees in the city centre.',
  '"We have listened to the people who work late and have no other way home," said Maria Lopez, who chairs the transport committee.',
  'Opponents argued that the money would be better spent on repairing roads, but the measure passed by nine votes to four after a long debate.',
  'The first of the new routes is expected to start running in March, and officials said they would review the timetable after six months.',
];

export const HEADLINE = 'Council extends night buses to the northern suburbs';

/** A draft: headline, blank line, then paragraphs with `inserted` placed after the second one. */
export function draftWith(inserted: string[], separator = '\n\n'): string {
  return [HEADLINE, ...PARAGRAPHS.slice(0, 2), ...inserted, ...PARAGRAPHS.slice(2)].join(separator);
}

/**
 * Run the boilerplate detector alone, with rules switched on and off as
 * `check` does (category, then rule id), so these tests do not depend on the
 * other detectors being built.
 */
export function boilerplate(text: string, options: CheckOptions = {}): Finding[] {
  const enabled = (rule: string) => options.categories?.boilerplate !== false && options.rules?.[rule] !== false;
  return boilerplateDetector.run({ draft: readDraft(text), quotes: [], options, enabled });
}

/** The text each finding covers. */
export function flaggedLines(text: string, findings: Finding[]): string[] {
  return findings.map((f) => text.slice(f.start, f.end));
}
