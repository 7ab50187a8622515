import assert from 'node:assert/strict';
import { addIgnorePhrase, disableLineEdit, ignorePhrase, quickFixes, safeFixAll } from '../../../src/extension/actions';
import { applyEdits } from '../../../src/engine/edits';
import { fixAllOfRule, fixEverything, removeAllBoilerplate } from '../../../src/engine/policies';
import { QuoteGuard } from '../../../src/engine/quote-guard';
import type { Category, Finding, Fix, Quote } from '../../../src/engine/types';

// Hand-written fixture: a headline, a boilerplate line, a sentence with two slips and a quote.
const TEXT = [
  'Senate passes sanctions bill', //             0..28
  'Sign up for our newsletter', //               29..55
  'Trump signed a legislation on on Monday.', // 56..96
  'He said, “We we talked about it.”', //        97..130
  'Share this article', //                       131..149
].join('\n');

const at = (s: string, from = 0) => {
  const i = TEXT.indexOf(s, from);
  if (i < 0) throw new Error(`fixture lacks ${s}`);
  return i;
};

function finding(rule: string, category: Category, start: number, end: number, fixes: Fix[] = []): Finding {
  return { rule, category, severity: 'warning', message: rule, start, end, fixes, related: [] };
}

const LINE1 = { start: at('Sign up'), end: at('Trump') };
const LINE4 = { start: at('Share this'), end: TEXT.length };
const boiler1 = finding('boilerplate/newsletter', 'boilerplate', LINE1.start, LINE1.end - 1, [
  { title: 'Delete this line', edits: [{ start: LINE1.start, end: LINE1.end, text: '' }], preferred: true },
]);
const boiler2 = finding('boilerplate/share', 'boilerplate', LINE4.start, LINE4.end, [
  { title: 'Delete this line', edits: [{ start: LINE4.start - 1, end: LINE4.end, text: '' }], preferred: true },
]);
const aStart = at('a legislation');
const stray = finding('grammar/stray-determiner', 'grammar', aStart, aStart + 14, [
  { title: 'Remove “a”', edits: [{ start: aStart, end: aStart + 2, text: '' }], preferred: true, safe: true },
  { title: 'Replace with “the legislation”', edits: [{ start: aStart, end: aStart + 1, text: 'the' }] },
]);
const onOn = at('on on');
const repeated1 = finding('grammar/repeated-word', 'grammar', onOn, onOn + 5, [
  { title: 'Remove the second “on”', edits: [{ start: onOn + 2, end: onOn + 5, text: '' }], preferred: true, safe: true },
]);
const weWe = at('We we');
// A slip inside a direct quote: Copydesk must never offer to change quoted words.
const repeatedInQuote = finding('grammar/repeated-word', 'grammar', weWe, weWe + 5, [
  { title: 'Remove the second “we”', edits: [{ start: weWe + 2, end: weWe + 5, text: '' }], preferred: true, safe: true },
]);
const quote: Quote = { text: 'We we talked about it.', start: at('“'), end: at('”') + 1, speaker: 'Trump' };
const FINDINGS = [boiler1, stray, repeated1, repeatedInQuote, boiler2];
const QUOTES = [quote];

describe('QuoteGuard', () => {
  const guard = new QuoteGuard([
    { start: 10, end: 20 },
    { start: 30, end: 40 },
  ]);
  it('refuses edits and insertions inside a quote', () => {
    assert.equal(guard.touchesQuote({ start: 12, end: 14, text: '' }), true);
    assert.equal(guard.touchesQuote({ start: 15, end: 15, text: 'x' }), true);
    assert.equal(guard.touchesQuote({ start: 5, end: 11, text: '' }), true);
    assert.equal(guard.touchesQuote({ start: 39, end: 45, text: '' }), true);
  });
  it('allows edits outside quotes, at their edges, and deletions of whole quotes', () => {
    assert.equal(guard.touchesQuote({ start: 0, end: 10, text: '' }), false);
    assert.equal(guard.touchesQuote({ start: 20, end: 30, text: 'x' }), false);
    assert.equal(guard.touchesQuote({ start: 10, end: 10, text: 'x' }), false);
    assert.equal(guard.touchesQuote({ start: 40, end: 40, text: 'x' }), false);
    assert.equal(guard.touchesQuote({ start: 5, end: 45, text: '' }), false);
  });
  it('works with no quotes', () => {
    assert.equal(new QuoteGuard([]).touchesQuote({ start: 0, end: 5, text: '' }), false);
  });
});

describe('quickFixes', () => {
  it('offers every engine fix of the findings at the range, the preferred one marked, then fix-all and ignore', () => {
    const actions = quickFixes({ text: TEXT, findings: FINDINGS, quotes: QUOTES, start: aStart, end: aStart, markdown: false });
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind, a.isPreferred ?? false, a.findings.map((f) => f.rule)]),
      [
        ['Remove “a”', 'quickfix', true, ['grammar/stray-determiner']],
        ['Replace with “the legislation”', 'quickfix', false, ['grammar/stray-determiner']],
        ['Ignore this here', 'quickfix', false, ['grammar/stray-determiner']],
      ],
    );
    assert.equal(applyEdits(TEXT, actions[0].edits).includes('Trump signed legislation on on Monday.'), true);
    assert.deepEqual(actions[2].command, { command: 'copydesk.ignoreHere', title: 'Ignore this here', arguments: ['a legislation'] });
    assert.deepEqual(actions[2].edits, []);
  });

  it('offers no fix that changes the words of a direct quote', () => {
    const actions = quickFixes({ text: TEXT, findings: FINDINGS, quotes: QUOTES, start: weWe + 1, end: weWe + 1, markdown: false });
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Ignore this here'],
    );
  });

  it('offers "fix all of this kind" only when the rule has more than one fixable finding', () => {
    const repeated2 = finding('grammar/repeated-word', 'grammar', at('Share'), at('Share') + 5, [
      { title: 'Remove the second “Share”', edits: [{ start: at('Share') + 2, end: at('Share') + 4, text: '' }], preferred: true },
    ]);
    const findings = [...FINDINGS, repeated2];
    const actions = quickFixes({ text: TEXT, findings, quotes: QUOTES, start: onOn, end: onOn + 1, markdown: false });
    const fixAll = actions.find((a) => a.title === 'Fix all Copydesk problems of this kind in the file');
    assert.ok(fixAll, 'fix-all offered');
    assert.deepEqual(fixAll.findings, [repeated1, repeated2]);
    assert.deepEqual(fixAll.edits, [...repeated1.fixes[0].edits, ...repeated2.fixes[0].edits]);
    const single = quickFixes({ text: TEXT, findings: FINDINGS, quotes: QUOTES, start: onOn, end: onOn + 1, markdown: false });
    assert.equal(
      single.some((a) => a.title === 'Fix all Copydesk problems of this kind in the file'),
      false,
    );
  });

  it('offers "Disable for this line" in Markdown drafts only', () => {
    const md = quickFixes({ text: TEXT, findings: FINDINGS, quotes: QUOTES, start: aStart, end: aStart, markdown: true });
    const disable = md.find((a) => a.title === 'Disable grammar/stray-determiner for this line');
    assert.ok(disable);
    assert.equal(applyEdits(TEXT, disable.edits).split('\n')[2], '<!-- copydesk-disable-next-line grammar/stray-determiner -->');
    const plain = quickFixes({ text: TEXT, findings: FINDINGS, quotes: QUOTES, start: aStart, end: aStart, markdown: false });
    assert.equal(
      plain.some((a) => a.title.startsWith('Disable')),
      false,
    );
  });

  it('offers nothing where there is no finding', () => {
    assert.deepEqual(quickFixes({ text: TEXT, findings: FINDINGS, quotes: QUOTES, start: 3, end: 5, markdown: true }), []);
  });

  it('drops fixes whose edits fall outside the text or split a surrogate pair', () => {
    const text = 'a 😀 b';
    const bad = finding('grammar/x', 'grammar', 0, 3, [
      { title: 'outside', edits: [{ start: 0, end: 99, text: '' }] },
      { title: 'split', edits: [{ start: 3, end: 4, text: '' }] },
      { title: 'ok', edits: [{ start: 0, end: 2, text: '' }] },
    ]);
    const actions = quickFixes({ text, findings: [bad], quotes: [], start: 0, end: 0, markdown: false });
    assert.deepEqual(
      actions.map((a) => a.title),
      ['ok', 'Ignore this here'],
    );
  });

  it('offers one disable per rule, naming it, when several findings share a line', () => {
    const line = finding('boilerplate/related', 'boilerplate', at('Trump'), at('He said') - 1);
    const actions = quickFixes({ text: TEXT, findings: [line, stray], quotes: [], start: aStart, end: aStart, markdown: true });
    assert.deepEqual(
      actions.filter((a) => a.title.startsWith('Disable')).map((a) => [a.title, applyEdits(TEXT, a.edits).split('\n')[2]]),
      [
        ['Disable boilerplate/related for this line', '<!-- copydesk-disable-next-line boilerplate/related -->'],
        ['Disable grammar/stray-determiner for this line', '<!-- copydesk-disable-next-line grammar/stray-determiner -->'],
      ],
    );
  });

  it('offers one ignore per phrase and one disable per rule', () => {
    const twin = { ...stray, fixes: [] };
    const actions = quickFixes({ text: TEXT, findings: [stray, twin], quotes: [], start: aStart, end: aStart, markdown: true });
    assert.equal(actions.filter((a) => a.title === 'Ignore this here').length, 1);
    assert.equal(actions.filter((a) => a.title === 'Disable grammar/stray-determiner for this line').length, 1);
  });
});

describe('disableLineEdit', () => {
  it('keeps the line’s indentation and the draft’s CRLF line breaks', () => {
    const text = 'Title\r\n  - a item with a slip\r\n';
    const f = finding('grammar/x', 'grammar', text.indexOf('slip'), text.indexOf('slip') + 4);
    const edit = disableLineEdit(text, f);
    assert.equal(applyEdits(text, [edit]), 'Title\r\n  <!-- copydesk-disable-next-line grammar/x -->\r\n  - a item with a slip\r\n');
  });

  it('inserts at the top of a one-line draft', () => {
    const f = finding('grammar/x', 'grammar', 2, 4);
    assert.equal(applyEdits('a slip', [disableLineEdit('a slip', f)]), '<!-- copydesk-disable-next-line grammar/x -->\na slip');
  });
});

describe('ignorePhrase', () => {
  it('is the finding’s text, trimmed', () => {
    assert.equal(ignorePhrase(TEXT, finding('x/y', 'grammar', aStart - 1, aStart + 14)), 'a legislation');
  });
  it('is not offered for long, multi-line or blank ranges', () => {
    assert.equal(ignorePhrase('x'.repeat(300), finding('x/y', 'grammar', 0, 300)), undefined);
    assert.equal(ignorePhrase('a\nb', finding('x/y', 'grammar', 0, 3)), undefined);
    assert.equal(ignorePhrase('a   b', finding('x/y', 'grammar', 1, 4)), undefined);
  });
});

describe('addIgnorePhrase', () => {
  it('adds a new phrase, trimmed', () => {
    assert.deepEqual(addIgnorePhrase(['Reuters'], ' Tillerson '), ['Reuters', 'Tillerson']);
  });
  it('does not add a phrase already there, whatever its case', () => {
    assert.equal(addIgnorePhrase(['Tillerson'], 'TILLERSON'), undefined);
    assert.equal(addIgnorePhrase([], '  '), undefined);
  });
});

describe('fix-all variants', () => {
  it('fixes all findings of one rule', () => {
    const { edits, findings } = fixAllOfRule(TEXT, FINDINGS, 'boilerplate/newsletter', QUOTES);
    assert.deepEqual(findings, [boiler1]);
    assert.deepEqual(edits, boiler1.fixes[0].edits);
  });

  it('applies on save only safe fixes, never inside quotes, never boilerplate or duplicate deletions', () => {
    const unsafeBoiler = { ...boiler1, fixes: [{ ...boiler1.fixes[0], safe: true }] };
    const dup = finding('duplicate/paragraph', 'duplicate', 0, 10, [{ title: 'Delete', edits: [{ start: 0, end: 29, text: '' }], preferred: true, safe: true }]);
    const spec = safeFixAll(TEXT, [dup, unsafeBoiler, ...FINDINGS], QUOTES);
    assert.ok(spec);
    assert.equal(spec.kind, 'source.fixAll.copydesk');
    assert.deepEqual(spec.findings, [stray, repeated1]);
    assert.equal(applyEdits(TEXT, spec.edits), TEXT.replace('a legislation on on', 'legislation on'));
  });

  it('offers no fix-all on save when nothing safe is left', () => {
    assert.equal(safeFixAll(TEXT, [boiler1, boiler2], QUOTES), undefined);
  });

  it('offers "Remove all boilerplate in this draft" beside a boilerplate finding, as the command (it shows unsure lines first)', () => {
    const actions = quickFixes({ text: TEXT, findings: FINDINGS, quotes: QUOTES, start: LINE1.start, end: LINE1.start, markdown: false });
    const all = actions.find((a) => a.title === 'Remove all boilerplate in this draft');
    assert.ok(all);
    assert.deepEqual(all.edits, []);
    assert.deepEqual(all.command, { command: 'copydesk.removeBoilerplate', title: 'Remove all boilerplate in this draft', arguments: [] });
    assert.deepEqual(all.findings, [boiler1, boiler2]);
    const elsewhere = quickFixes({ text: TEXT, findings: FINDINGS, quotes: QUOTES, start: aStart, end: aStart, markdown: false });
    assert.equal(
      elsewhere.some((a) => a.title === 'Remove all boilerplate in this draft'),
      false,
    );
  });

  it('counts lines waiting for review when deciding to offer "Remove all boilerplate", and never for one line', () => {
    const unsure = { ...boiler2, fixes: boiler2.fixes.map((f) => ({ ...f, review: true })) };
    const offered = (findings: Finding[]) =>
      quickFixes({ text: TEXT, findings, quotes: QUOTES, start: LINE4.start, end: LINE4.start, markdown: false }).some(
        (a) => a.title === 'Remove all boilerplate in this draft',
      );
    assert.equal(offered([boiler1, unsure]), true);
    assert.equal(offered([unsure]), false);
    // The line's own deletion stays on offer: choosing it is a person seeing it.
    const own = quickFixes({ text: TEXT, findings: [unsure], quotes: QUOTES, start: LINE4.start, end: LINE4.start, markdown: false });
    assert.ok(own.some((a) => a.title === 'Delete this line' && a.edits.length === 1));
  });

  it('removes all boilerplate lines in one edit', () => {
    const { edits, count } = removeAllBoilerplate(TEXT, FINDINGS, QUOTES);
    assert.equal(count, 2);
    assert.equal(applyEdits(TEXT, edits), 'Senate passes sanctions bill\nTrump signed a legislation on on Monday.\nHe said, “We we talked about it.”');
  });

  it('fixes everything it can, skipping conflicting and quote-changing fixes, and leaving line deletions for review', () => {
    const conflicting = finding('grammar/other', 'grammar', aStart, aStart + 1, [{ title: 'x', edits: [{ start: aStart, end: aStart + 1, text: 'the' }] }]);
    const { edits, count, left } = fixEverything(TEXT, [...FINDINGS, conflicting], QUOTES);
    assert.equal(count, 2);
    assert.equal(left, 2);
    assert.equal(applyEdits(TEXT, edits), TEXT.replace('a legislation on on', 'legislation on'));
  });
});
