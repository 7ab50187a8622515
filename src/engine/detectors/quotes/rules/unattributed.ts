/**
 * quote/unattributed: a direct quote with no speaker found in its sentence,
 * its multi-paragraph quote, or the paragraph before. Scare quotes and quoted
 * titles are not reported.
 */
import type { Finding, RuleMeta } from '../../../types';
import type { QuoteReading } from '../reading';

export const meta: RuleMeta = {
  id: 'quote/unattributed',
  category: 'quote',
  defaultSeverity: 'information',
  description: 'A direct quote has no attribution: nobody is said to have said it.',
};

export function findUnattributed(reading: QuoteReading): Finding[] {
  const out: Finding[] = [];
  for (const q of reading.quotes) {
    if (q.kind === 'short' || q.attributed) continue;
    // Findings are read-only data: a quote kept from the last check keeps its finding.
    out.push(
      (q.unattributed ??= {
        rule: meta.id,
        category: 'quote',
        severity: 'information',
        message: 'No speaker found for this quote: say who said it.',
        start: q.start,
        end: q.end,
        fixes: [],
        related: [],
      }),
    );
  }
  return out;
}
