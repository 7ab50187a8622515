import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { check } from '../../../src/engine/check';
import { fixAll } from '../../../src/engine/edits';
import { applyPrimaryFixes } from '../../../src/engine/policies';
import type { Finding, Fix } from '../../../src/engine/types';
import { runWith } from './run';

const QUOTED = 'He said, “We we talked about it.”\n';
const DRAFT = `The council said the the budget was late.\n\n${QUOTED}`;

function finding(rule: string, start: number, end: number, fixes: Fix[]): Finding {
  return { rule, category: 'grammar', severity: 'warning', message: rule, start, end, fixes, related: [] };
}

/** A finding whose fix would change a quote's words (the engine offers none; the guard must hold all the same). */
function repeatInQuote(text: string): Finding {
  const at = text.indexOf('We we');
  return finding('grammar/repeated-word', at, at + 5, [
    { title: 'Remove the second “we”', edits: [{ start: at + 2, end: at + 5, text: '' }], preferred: true, safe: true },
  ]);
}
const inQuote = repeatInQuote(DRAFT);

/** The real engine's result for a text, with extra findings added. */
const withFindings =
  (...extra: Finding[]) =>
  (text: string) => {
    const result = check(text);
    return { ...result, findings: [...result.findings.filter((f) => f.start < text.indexOf('He said')), ...extra] };
  };

describe('copydesk check --fix keeps out of quotes', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-fix-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('does not apply a fix that would change the words of a direct quote', () => {
    const file = path.join(dir, 'story.txt');
    fs.writeFileSync(file, QUOTED);
    // Its only fixable finding is one that would change the quote's words.
    const r = runWith((t) => ({ ...check(t), findings: [repeatInQuote(t)] }), 'check', file, '--fix');
    assert.equal(fs.readFileSync(file, 'utf8'), QUOTED);
    assert.equal(fs.existsSync(`${file}.bak`), false);
    assert.equal(r.err, '');
  });

  it('applies the other fixes of the draft', () => {
    const file = path.join(dir, 'story.txt');
    fs.writeFileSync(file, DRAFT);
    const r = runWith(withFindings(inQuote), 'check', file, '--fix');
    assert.equal(fs.readFileSync(file, 'utf8'), DRAFT.replace('the the', 'the'));
    assert.equal(r.err, `copydesk: ${file}: applied 1 fix\n`);
  });
});

describe('applyPrimaryFixes', () => {
  const { quotes } = check(DRAFT);
  const theThe = DRAFT.indexOf('the the');
  const outside = finding('grammar/repeated-word', theThe, theThe + 7, [
    { title: 'Remove the second “the”', edits: [{ start: theThe + 3, end: theThe + 7, text: '' }], preferred: true },
  ]);

  it('applies every primary fix that keeps out of quotes, as fixAll does', () => {
    assert.deepEqual(applyPrimaryFixes(DRAFT, [outside], quotes), { ...fixAll(DRAFT, [outside]), review: [] });
  });

  it('leaves out, and does not count, a fix that would change a quote’s words', () => {
    assert.deepEqual(applyPrimaryFixes(DRAFT, [outside, inQuote], quotes), { text: DRAFT.replace('the the', 'the'), applied: 1, skipped: 0, review: [] });
    assert.notEqual(fixAll(DRAFT, [inQuote]).text, DRAFT, 'without the guard the quote would change');
  });

  it('allows deleting a whole quote', () => {
    const q = quotes[0];
    const whole = finding('duplicate/paragraph', q.start, q.end, [{ title: 'Delete', edits: [{ start: q.start, end: q.end, text: '' }], preferred: true }]);
    assert.equal(applyPrimaryFixes(DRAFT, [whole], quotes).applied, 1);
  });
});
