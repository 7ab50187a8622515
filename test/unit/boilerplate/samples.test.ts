import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../../src/engine/edits';
import { readDraft } from '../../../src/engine/draft';
import { deleteLinesEdit } from '../../../src/engine/fixes';
import { boilerplate } from './helpers';
import { removeAllBoilerplateFix } from '../../../src/engine/detectors/boilerplate';

const root = process.cwd();
const tillerson = readFileSync(join(root, 'samples/tillerson-putin-scraped.txt'), 'utf8');
const spat = readFileSync(join(root, 'samples/us-russia-spat.txt'), 'utf8');
const clean = readFileSync(join(root, 'test/fixtures/boilerplate/tillerson-putin-clean.txt'), 'utf8');

/** 1-based numbers of the lines a list of findings covers. */
function lineNumbers(text: string, starts: number[]): number[] {
  const draft = readDraft(text);
  return starts.map((s) => draft.lines.findIndex((l) => s >= l.start && s <= l.end) + 1);
}

describe('boilerplate on samples/tillerson-putin-scraped.txt', () => {
  const findings = boilerplate(tillerson);
  const flagged = lineNumbers(
    tillerson,
    findings.map((f) => f.start),
  );

  it('flags every furniture line and nothing else', () => {
    const lines = tillerson.split('\n');
    const furniture = lines.map((_, i) => i + 1).filter((n) => ![1, 6, 7, 8, 15].includes(n) && lines[n - 1].trim() !== '');
    assert.deepEqual(flagged, furniture);
  });

  it('keeps the headline, the article paragraphs and the "working group" line', () => {
    for (const n of [1, 6, 7, 8, 15]) assert.ok(!flagged.includes(n), `line ${n} flagged`);
    const lines = tillerson.split('\n');
    assert.equal(lines[14], 'Tillerson said he and Putin have agreed to establish a "working group" to improve relations.');
  });

  it('names the kinds of the furniture named in the issue', () => {
    const byLine = new Map(findings.map((f) => [tillerson.slice(f.start, f.end), f.rule]));
    assert.equal(byLine.get("Sign up for The Week's Free Newsletters"), 'boilerplate/newsletter');
    assert.equal(byLine.get('Thank you for signing up to TheWeek. You will receive a verification email shortly.'), 'boilerplate/form-message');
    assert.equal(byLine.get('There was a problem. Please refresh the page and try again.'), 'boilerplate/form-message');
    assert.equal(byLine.get('Continue reading for free'), 'boilerplate/paywall');
    assert.equal(byLine.get('Subscribed to The Week? Register your account with the same email as your subscription.'), 'boilerplate/paywall');
    assert.equal(byLine.get('Subscribe to The Week'), 'boilerplate/paywall');
    assert.equal(byLine.get('Escape your echo chamber. Get the facts behind the news, plus analysis from multiple perspectives.'), 'boilerplate/paywall');
    assert.equal(byLine.get('Speed Read'), 'boilerplate/related');
    assert.equal(byLine.get('By Peter Weber Published'), 'boilerplate/byline');
    assert.equal(byLine.get('-'), 'boilerplate/separator');
    assert.equal(
      findings.find((f) => f.rule === 'boilerplate/newsletter')?.message,
      'Boilerplate (newsletter sign-up): this line looks like web-page furniture, not part of the article.',
    );
  });

  // The expected text is the headline, the one blank line that followed it in the sample, and the
  // article paragraphs with the single line breaks they had: deleting furniture never adds or
  // reflows blank lines (a fixed choice, see src/engine/detectors/boilerplate/index.ts).
  it('"Remove all boilerplate" leaves exactly the headline and the article paragraphs', () => {
    const removeAll = removeAllBoilerplateFix(findings);
    assert.ok(removeAll);
    assert.equal(removeAll.title, 'Remove all boilerplate in this draft');
    assert.equal(applyEdits(tillerson, removeAll.edits), clean);
  });

  it('offers to delete the run of a related-stories block in one edit', () => {
    const draft = readDraft(tillerson);
    const last = findings[findings.length - 1];
    const run = last.fixes.find((f) => f.title.startsWith('Delete these'));
    assert.ok(run);
    // Lines 16-64 (1-based), 49 lines of furniture in a row, deleted with the line break before them.
    assert.equal(run.title, 'Delete these 49 boilerplate lines');
    assert.deepEqual(run.edits, [deleteLinesEdit(draft, 15, 63)]);
  });
});

describe("boilerplate on a reporter's own draft (test/fixtures/boilerplate/reporter-draft.txt)", () => {
  it('gives no finding: own byline, dateline, subheading, list, short last paragraph all stay', () => {
    const own = readFileSync(join(root, 'test/fixtures/boilerplate/reporter-draft.txt'), 'utf8');
    assert.deepEqual(boilerplate(own), []);
  });
});

describe('boilerplate on samples/us-russia-spat.txt', () => {
  it('gives no finding', () => {
    assert.deepEqual(boilerplate(spat), []);
  });
});
