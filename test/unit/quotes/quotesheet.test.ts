import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDraft } from '../../../src/engine/draft';
import { extractQuotes } from '../../../src/engine/detectors/quotes';
import { quoteSheet, quoteSheetMarkdown } from '../../../src/engine/quotesheet';

const sample = readFileSync(join(__dirname, '../../../../samples/us-russia-spat.txt'), 'utf8');

describe('quote sheet', () => {
  it('groups the sample’s quotes by speaker in order of first appearance, with line numbers', () => {
    const sheet = quoteSheet(sample, extractQuotes(readDraft(sample)));
    assert.deepEqual(
      sheet.map((g) => `${g.speaker}: ${g.quotes.map((q) => q.line).join(',')}`),
      ['Rex Tillerson: 5,5,11,13,13', 'Russia’s Foreign Secretary: 13'],
    );
  });

  it('prints Markdown with one section per speaker', () => {
    const text = '“We are ready,” Ann Lee said.\n\n“Not yet,” said Bo Chen.\n\n“Soon,” Lee added.\n\nThe weather was fine.\n\n“Nobody knows who said this at all.”';
    const md = quoteSheetMarkdown('draft.txt', quoteSheet(text, extractQuotes(readDraft(text))));
    assert.equal(
      md,
      [
        '# Quotes in draft.txt',
        '',
        '## Ann Lee (2 quotes)',
        '',
        '- line 1: “We are ready,”',
        '- line 5: “Soon,”',
        '',
        '## Bo Chen (1 quote)',
        '',
        '- line 3: “Not yet,”',
        '',
        '## Unattributed (1 quote)',
        '',
        '- line 9: “Nobody knows who said this at all.”',
        '',
      ].join('\n'),
    );
  });
});
