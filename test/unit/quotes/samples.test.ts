import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDraft } from '../../../src/engine/draft';
import { extractQuotes } from '../../../src/engine/detectors/quotes';

interface GoldQuote {
  start: number;
  end: number;
  speaker: string | null;
  text: string;
  speakerText: string | null;
}

const root = join(__dirname, '../../../..');

function load(name: string): { text: string; gold: GoldQuote[] } {
  const text = readFileSync(join(root, 'samples', `${name}.txt`), 'utf8');
  const gold = JSON.parse(readFileSync(join(root, 'test/fixtures/quotes', `${name}.quotes.json`), 'utf8')).quotes as GoldQuote[];
  return { text, gold };
}

function actual(text: string): GoldQuote[] {
  return extractQuotes(readDraft(text))
    .filter((q) => q.kind !== 'short')
    .map((q) => ({
      start: q.start,
      end: q.end,
      speaker: q.speaker,
      text: q.text,
      speakerText: q.speakerStart === undefined ? null : text.slice(q.speakerStart, q.speakerEnd),
    }));
}

describe('quotes in the sample drafts', () => {
  it('us-russia-spat: six quotes, five by Rex Tillerson and one by Russia’s Foreign Secretary', () => {
    const { text, gold } = load('us-russia-spat');
    assert.deepEqual(actual(text), gold);
    assert.deepEqual(
      gold.map((q) => q.speaker),
      ['Rex Tillerson', 'Rex Tillerson', 'Rex Tillerson', 'Rex Tillerson', 'Rex Tillerson', 'Russia’s Foreign Secretary'],
    );
    // Ranges include the marks and the text is what lies between them.
    for (const q of gold) assert.equal(text.slice(q.start + 1, q.end - 1), q.text);
    assert.equal(gold[5].text, 'pulls back from confrontation.');
  });

  it('us-russia-spat: attributions through "he said", "Tillerson added" and "Tillerson acknowledged that he"', () => {
    const { text } = load('us-russia-spat');
    const got = actual(text);
    const after = (q: GoldQuote) => text.slice(q.end, q.end + 17);
    assert.equal(after(got[3]), ' he said. “These ');
    assert.equal(got[3].speakerText, 'he');
    assert.equal(after(got[4]), ' Tillerson added.');
    assert.equal(text.slice(got[2].start - 31, got[2].start), 'Tillerson acknowledged that he ');
    assert.ok(got[2].text.startsWith('…told the foreign minister'));
  });

  it('tillerson-putin-scraped: Tillerson’s and Putin’s quotes, including "are at a low point" and "working group"', () => {
    const { text, gold } = load('tillerson-putin-scraped');
    assert.deepEqual(actual(text), gold);
    assert.deepEqual(
      gold.map((q) => `${q.speaker}: ${q.text}`),
      [
        'Rex Tillerson: are at a low point',
        'Rex Tillerson: low level of trust between our two countries.',
        "Rex Tillerson: The world's two foremost nuclear powers cannot have this relationship,",
        'Vladimir Putin: One could say that the level of trust on a working level, especially on the military level, has not improved but has rather deteriorated,',
        'Rex Tillerson: working group',
      ],
    );
  });

  it('tillerson-putin-scraped: the single-quoted related-story headline and apostrophes are not quotes', () => {
    const { text } = load('tillerson-putin-scraped');
    const all = extractQuotes(readDraft(text));
    assert.equal(all.length, 5);
    assert.ok(all.every((q) => !q.text.includes('Circular saw blades')));
  });
});
