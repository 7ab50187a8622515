import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, compatibleFixes } from '../../../src/engine/edits';
import { readDraft } from '../../../src/engine/draft';
import { deleteLinesEdit } from '../../../src/engine/fixes';
import { applyFix, covered, dups, fixEverything } from './helpers';

const sample = (name: string) => readFileSync(join(__dirname, '../../../../samples', name), 'utf8');

describe('duplicate: samples/us-russia-spat.txt', () => {
  const text = sample('us-russia-spat.txt');
  const paragraphs = text.split('\n\n');
  const earlier =
    'Meanwhile, in response to the allegation, Trump begrudgingly signed legislation to impose new sanctions on Russia. The bill passed through congress with much enthusiasm, the White House remained uncharacteristically tight lipped.';
  const later = paragraphs[3];

  it('finds exactly the revised passage, on the later copy, related to the earlier one', () => {
    const findings = dups(text);
    assert.equal(findings.length, 1);
    const [f] = findings;
    assert.equal(f.rule, 'duplicate/passage');
    assert.equal(f.severity, 'warning');
    assert.equal(f.start, text.indexOf(later));
    assert.equal(covered(text, f), later);
    assert.equal(f.related.length, 1);
    assert.equal(f.related[0].start, text.indexOf(earlier));
    assert.equal(covered(text, f.related[0]), earlier);
    assert.equal(
      f.message,
      "This passage repeats an earlier one, revised: 'Trump' → 'President Donald Trump', 'legislation' → 'a legislation', 'congress' → 'Congress', 'the' → 'but the', 'tight lipped' → 'tight-lipped'.",
    );
  });

  it('offers to keep either version; keeping this one deletes the end of paragraph 3 cleanly', () => {
    const [f] = dups(text);
    assert.deepEqual(
      f.fixes.map((x) => [x.title, x.preferred === true, x.safe === true]),
      [
        ['Keep this version (delete the earlier passage)', true, false],
        ['Keep the earlier version (delete this passage)', false, false],
      ],
    );
    const keptLater = applyFix(text, f, 0);
    const p3 = paragraphs[2];
    assert.equal(keptLater, text.replace(`${p3}\n\n`, `${p3.slice(0, p3.indexOf(' Meanwhile,'))}\n\n`));
    assert.ok(keptLater.includes('deal with the situation.\n\nMeanwhile, in response to the allegation, President Donald Trump'));
  });

  it('keeping the earlier version deletes paragraph 4 and leaves no double blank line', () => {
    const [f] = dups(text);
    const keptEarlier = applyFix(text, f, 1);
    assert.equal(keptEarlier, text.replace(`${later}\n\n`, ''));
    assert.ok(!keptEarlier.includes('\n\n\n'));
  });

  it('finds no duplicate once every fix is applied', () => {
    const fixed = fixEverything(text);
    assert.notEqual(fixed, text);
    assert.deepEqual(dups(fixed), []);
  });

  it('gives the same findings for the CRLF version', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    const lf = dups(text);
    const cr = dups(crlf);
    assert.deepEqual(
      cr.map((f) => [f.rule, f.message, covered(crlf, f).replace(/\r/g, ''), covered(crlf, f.related[0]).replace(/\r/g, '')]),
      lf.map((f) => [f.rule, f.message, covered(text, f), covered(text, f.related[0])]),
    );
    assert.equal(applyFix(crlf, cr[0], 0), applyFix(text, lf[0], 0).replace(/\n/g, '\r\n'));
    assert.equal(applyFix(crlf, cr[0], 1), applyFix(text, lf[0], 1).replace(/\n/g, '\r\n'));
  });
});

describe('duplicate: samples/tillerson-putin-scraped.txt', () => {
  const text = sample('tillerson-putin-scraped.txt');
  const lines = text.split('\n');
  const briefing = 'From our morning news briefing to a weekly Good News Newsletter, get the best of The Week delivered directly to your inbox.';
  const digest = 'A free daily digest of the biggest news stories of the day - and the best features from our website';

  it('finds exactly the two repeated lines, each on its second copy', () => {
    const findings = dups(text);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity, covered(text, f), f.start, covered(text, f.related[0]), f.related[0].start, f.message]),
      [
        ['duplicate/line', 'warning', briefing, text.lastIndexOf(briefing), briefing, text.indexOf(briefing), 'This line repeats line 13.'],
        ['duplicate/line', 'warning', digest, text.lastIndexOf(digest), digest, text.indexOf(digest), 'This line repeats line 3.'],
      ],
    );
    assert.equal(lines[13], briefing);
    assert.equal(lines[19], digest);
  });

  it('deletes a repeated line with the shared deleteLinesEdit, so boilerplate findings offer the same edit', () => {
    const draft = readDraft(text);
    const [first, second] = dups(text);
    assert.deepEqual(first.fixes, [{ title: 'Delete this repeated line', edits: [deleteLinesEdit(draft, 13, 13)], preferred: true }]);
    assert.deepEqual(second.fixes[0].edits, [deleteLinesEdit(draft, 19, 19)]);
    // The same deletion offered by another detector is taken once, not refused as a conflict.
    const boilerplateFix = { title: 'Delete boilerplate line', edits: [deleteLinesEdit(draft, 13, 13)] };
    const { taken, skipped } = compatibleFixes([boilerplateFix, first.fixes[0], second.fixes[0]]);
    assert.equal(taken.length, 2);
    assert.equal(skipped.length, 1);
    const expected = lines.filter((_, i) => i !== 13 && i !== 19).join('\n');
    assert.equal(
      applyEdits(
        text,
        taken.flatMap((f) => f.edits),
      ),
      expected,
    );
  });

  it('finds no duplicate once every fix is applied', () => {
    const fixed = fixEverything(text);
    assert.equal(fixed, lines.filter((_, i) => i !== 13 && i !== 19).join('\n'));
    assert.deepEqual(dups(fixed), []);
  });

  it('gives the same findings for the CRLF version', () => {
    const crlf = text.replace(/\n/g, '\r\n');
    assert.deepEqual(
      dups(crlf).map((f) => [f.rule, covered(crlf, f)]),
      dups(text).map((f) => [f.rule, covered(text, f)]),
    );
    assert.equal(fixEverything(crlf), fixEverything(text).replace(/\n/g, '\r\n'));
  });
});
