import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { leftForReview } from '../../../src/cli/main';
import { check } from '../../../src/engine/check';
import { readDraft } from '../../../src/engine/draft';
import { deleteLinesEdit } from '../../../src/engine/fixes';
import type { Finding } from '../../../src/engine/types';
import { runWith } from './run';

// Hand-written draft: two lines of furniture the checker is sure of, one it is not sure of.
const DRAFT = [
  'Harbour ferry returns after a decade',
  'Sign up for our newsletter',
  'The ferry crossed to the island at dawn on Sunday, its first trip in ten years.',
  'Ferry fares to rise in spring',
  'The skipper said the service would run twice a day.',
  'Share this article',
  '',
].join('\n');

/** Boilerplate findings on the given lines, each deleting its line; `review` on the unsure ones. */
function boilerplateOn(text: string, lines: [number, boolean][]): Finding[] {
  const draft = readDraft(text);
  return lines.map(([i, sure]) => ({
    rule: sure ? 'boilerplate/newsletter' : 'boilerplate/related',
    category: 'boilerplate',
    severity: sure ? 'warning' : 'information',
    message: 'boilerplate',
    start: draft.lines[i].start,
    end: draft.lines[i].end,
    fixes: [{ title: 'Delete this line', edits: [deleteLinesEdit(draft, i, i)], preferred: true, ...(sure ? {} : { review: true }) }],
    related: [],
  }));
}

/** A stand-in engine: the real check's quotes, these findings. */
const engineWith = (lines: [number, boolean][]) => (text: string) => ({ ...check(text), findings: boilerplateOn(text, lines) });

describe('copydesk check --fix and boilerplate the checker is not sure of', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-review-'));
    file = path.join(dir, 'story.txt');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('deletes only the sure lines and says how many lines it left for review', () => {
    fs.writeFileSync(file, DRAFT);
    const r = runWith(
      engineWith([
        [1, true],
        [3, false],
        [5, true],
      ]),
      'check',
      file,
      '--fix',
    );
    const lines = DRAFT.split('\n');
    assert.equal(fs.readFileSync(file, 'utf8'), [lines[0], lines[2], lines[3], lines[4], ''].join('\n'));
    assert.equal(r.err, `copydesk: ${file}: applied 2 fixes; left 1 boilerplate line for review: it may be article text (see the findings)\n`);
    assert.equal(fs.readFileSync(`${file}.bak`, 'utf8'), DRAFT);
  });

  it('leaves the file alone, and says so, when every boilerplate line wants review', () => {
    fs.writeFileSync(file, DRAFT);
    const r = runWith(
      engineWith([
        [3, false],
        [5, false],
      ]),
      'check',
      file,
      '--fix',
    );
    assert.equal(fs.readFileSync(file, 'utf8'), DRAFT);
    assert.equal(fs.existsSync(`${file}.bak`), false);
    assert.equal(r.err, `copydesk: ${file}: applied no fix; left 2 boilerplate lines for review: they may be article text (see the findings)\n`);
  });

  it('marks those fixes `review: true` in the JSON output, and no other', () => {
    fs.writeFileSync(file, DRAFT);
    const r = runWith(
      engineWith([
        [1, true],
        [3, false],
      ]),
      'check',
      file,
      '--format',
      'json',
    );
    const json = JSON.parse(r.out) as { files: { findings: { fixes: Record<string, unknown>[] }[] }[] };
    const fixes = json.files[0].findings.map((f) => f.fixes[0]);
    assert.equal('review' in fixes[0], false);
    assert.equal(fixes[1].review, true);
  });
});

describe('leftForReview', () => {
  it('names boilerplate lines and other deletions, or nothing', () => {
    const [sure, unsure] = boilerplateOn(DRAFT, [
      [1, true],
      [3, false],
    ]);
    const passage: Finding = { ...unsure, rule: 'duplicate/passage', category: 'duplicate' };
    assert.equal(leftForReview([]), '');
    assert.equal(leftForReview([sure, unsure]), 'left 2 boilerplate lines for review: they may be article text (see the findings)');
    assert.equal(leftForReview([unsure, passage]), 'left 1 boilerplate line and 1 deletion for review: they may be article text (see the findings)');
  });
});
