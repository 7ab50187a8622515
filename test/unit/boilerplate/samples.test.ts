import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../../src/engine/edits';
import { readDraft } from '../../../src/engine/draft';
import { deleteLinesEdit } from '../../../src/engine/fixes';
import { boilerplate } from './helpers';
import { removeAllBoilerplateFix } from '../../../src/engine/detectors/boilerplate';

const root = process.cwd();
const TILLERSON = 'samples/tillerson-putin-scraped.txt';
const SPAT = 'samples/us-russia-spat.txt';
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

/**
 * The samples' lines pinned by number and the first eight hex digits of the SHA-1 of their trimmed text:
 * every furniture line the detector named before stays named, every article line stays, and no article
 * line is ever a sure deletion.
 */
const PINNED = {
  [TILLERSON]: {
    furniture: [
      [3, '5bdd3bb1'],
      [4, 'a15ceb42'],
      [5, '7b3b461c'],
      [9, '2d86a047'],
      [10, '7aa341a4'],
      [12, 'd08bec6f'],
      [13, '6b404b3d'],
      [14, '6b404b3d'],
      [16, '98398c15'],
      [17, '51a04a83'],
      [18, 'b8a40598'],
      [19, 'c617d2c5'],
      [20, '5bdd3bb1'],
      [21, '3bc15c8a'],
      [22, '24dddcb1'],
      [23, 'dd8705d7'],
      [24, '7166032d'],
      [25, '3bc15c8a'],
      [26, '8eda521d'],
      [27, '59182699'],
      [28, '958c59a5'],
      [29, '3bc15c8a'],
      [30, 'a4607581'],
      [31, 'f79d26b9'],
      [32, 'bf086d1e'],
      [33, '3bc15c8a'],
      [34, '7728e9ea'],
      [35, '4c3bb499'],
      [36, '928384b7'],
      [37, '3bc15c8a'],
      [38, 'e9502095'],
      [39, '4c3bb499'],
      [40, 'bf086d1e'],
      [41, '3bc15c8a'],
      [42, '380cfa09'],
      [43, '4c3bb499'],
      [44, 'bf086d1e'],
      [45, '3bc15c8a'],
      [46, 'fc47a2ab'],
      [47, '4c3bb499'],
      [48, '928384b7'],
      [49, '3bc15c8a'],
      [50, 'e4baf9e3'],
      [51, '4c3bb499'],
      [52, 'bf086d1e'],
      [53, '3bc15c8a'],
      [54, 'c63d0dee'],
      [55, '4c3bb499'],
      [56, '928384b7'],
      [57, '3bc15c8a'],
      [58, '9d7510ec'],
      [59, '4c3bb499'],
      [60, 'bf086d1e'],
      [61, '3bc15c8a'],
      [62, '73264c6e'],
      [63, '4c3bb499'],
      [64, '928384b7'],
    ],
    article: [
      [1, 'ddf71c2c'],
      [6, '2161bfe1'],
      [7, 'aba8f46e'],
      [8, 'bcd15497'],
      [15, '6713a1d7'],
    ],
  },
  [SPAT]: {
    furniture: [],
    article: [
      [1, '384e292b'],
      [3, 'e60d804e'],
      [5, '9fb696e5'],
      [7, 'bc2a9171'],
      [9, 'd0a82aea'],
      [11, 'fd54fa7b'],
      [13, 'df30cec8'],
      [15, '7e0f52f3'],
    ],
  },
} satisfies Record<string, { furniture: [number, string][]; article: [number, string][] }>;

describe('boilerplate on the samples, pinned by line and hash', () => {
  for (const [path, pinned] of Object.entries(PINNED)) {
    const text = readFileSync(join(root, path), 'utf8');
    const lines = text.split('\n');
    const findings = boilerplate(text);
    const draft = readDraft(text);
    const findingOn = (n: number) => findings.find((f) => f.start >= draft.lines[n - 1].start && f.start <= draft.lines[n - 1].end);
    const hash = (n: number) =>
      createHash('sha1')
        .update(lines[n - 1].trim())
        .digest('hex')
        .slice(0, 8);

    it(`${path}: the pinned lines are the sample's lines`, () => {
      for (const [n, h] of [...pinned.furniture, ...pinned.article]) assert.equal(hash(n), h, `line ${n} changed`);
    });

    it(`${path}: every furniture line is flagged`, () => {
      for (const [n] of pinned.furniture) assert.ok(findingOn(n), `line ${n} kept`);
    });

    it(`${path}: every article line is kept, and none is a sure deletion`, () => {
      for (const [n] of pinned.article) assert.equal(findingOn(n), undefined, `line ${n} flagged`);
      for (const f of findings) if (!f.fixes[0].review) assert.ok(pinned.furniture.some(([n]) => findingOn(n) === f));
    });
  }
});
