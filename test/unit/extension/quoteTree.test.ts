import assert from 'node:assert/strict';
import { buildQuoteTree, firstWords, quoteSymbols, type SpeakerNode, treeItemSpec } from '../../../src/extension/quoteTree';
import type { Quote } from '../../../src/engine/types';

// Hand-made quotes over a hand-written draft (the extractor is built elsewhere).
const TEXT = [
  'Headline', // line 1
  'Tillerson said, “We talked about it with Minister Lavrov yesterday.”', // line 2
  '“Relations are at a low point,” Lavrov said.', // line 3
  'An aide said it was “fine.”', // line 4
  '“This had created serious mistrust,” Tillerson added.', // line 5
  '“Nobody knows,” a voice shouted.', // line 6
].join('\n');

function q(text: string, speaker: string | null, kind?: Quote['kind']): Quote {
  const start = TEXT.indexOf(`“${text}”`);
  if (start < 0) throw new Error(`fixture lacks ${text}`);
  return { text, start, end: start + text.length + 2, speaker, ...(kind ? { kind } : {}) };
}

const QUOTES: Quote[] = [
  q('This had created serious mistrust,', 'Rex Tillerson'),
  q('Nobody knows,', null),
  q('We talked about it with Minister Lavrov yesterday.', 'Rex Tillerson'),
  q('Relations are at a low point,', 'Sergey Lavrov'),
  q('fine.', null, 'short'),
];

describe('buildQuoteTree', () => {
  it('groups quotes by speaker in order of first appearance, unattributed last, with counts', () => {
    const tree = buildQuoteTree(TEXT, QUOTES) as SpeakerNode[];
    assert.deepEqual(
      tree.map((s) => [s.label, s.description, s.count, s.children.map((c) => [c.label, c.description])]),
      [
        [
          'Rex Tillerson',
          '2 quotes',
          2,
          [
            ['We talked about it with Minister…', 'line 2'],
            ['This had created serious mistrust,', 'line 5'],
          ],
        ],
        ['Sergey Lavrov', '1 quote', 1, [['Relations are at a low point,', 'line 3']]],
        ['Unattributed', '1 quote', 1, [['Nobody knows,', 'line 6']]],
      ],
    );
  });

  it('puts the full quote in the tooltip and keeps its range', () => {
    const [tillerson] = buildQuoteTree(TEXT, QUOTES) as SpeakerNode[];
    const first = tillerson.children[0];
    assert.equal(first.tooltip, '“We talked about it with Minister Lavrov yesterday.”');
    assert.equal(TEXT.slice(first.start, first.end), '“We talked about it with Minister Lavrov yesterday.”');
  });

  it('lists quotes in order of appearance, naming the speaker', () => {
    const tree = buildQuoteTree(TEXT, QUOTES, 'appearance');
    assert.deepEqual(
      tree.map((n) => [n.kind, n.label, n.description]),
      [
        ['quote', 'We talked about it with Minister…', 'line 2 · Rex Tillerson'],
        ['quote', 'Relations are at a low point,', 'line 3 · Sergey Lavrov'],
        ['quote', 'This had created serious mistrust,', 'line 5 · Rex Tillerson'],
        ['quote', 'Nobody knows,', 'line 6 · Unattributed'],
      ],
    );
  });

  it('is empty without quotes', () => {
    assert.deepEqual(buildQuoteTree(TEXT, []), []);
    assert.deepEqual(buildQuoteTree('', [], 'appearance'), []);
  });

  it('counts lines the same way for CRLF drafts', () => {
    const crlf = TEXT.replace(/\n/g, '\r\n');
    const start = crlf.indexOf('“Nobody');
    const tree = buildQuoteTree(crlf, [{ text: 'Nobody knows,', start, end: start + 15, speaker: null }]) as SpeakerNode[];
    assert.equal(tree[0].children[0].description, 'line 6');
  });
});

describe('firstWords', () => {
  it('keeps short quotes whole and cuts long ones after six words', () => {
    assert.equal(firstWords('Nobody knows,'), 'Nobody knows,');
    assert.equal(firstWords('one two three four five six seven'), 'one two three four five six…');
    assert.equal(firstWords('  spread\n over   lines  '), 'spread over lines');
  });

  it('cuts a long unbroken token without splitting an emoji', () => {
    const label = firstWords('😀'.repeat(100));
    assert.equal(label, `${'😀'.repeat(60)}…`);
  });

  it('shows empty quotes as empty quotation marks', () => {
    assert.equal(firstWords('   '), '“”');
  });
});

describe('treeItemSpec', () => {
  const tree = buildQuoteTree(TEXT, QUOTES) as SpeakerNode[];
  it('shows speakers expanded with a person icon, unattributed with a question mark', () => {
    assert.deepEqual(treeItemSpec(tree[0], 'file:///d.txt'), {
      label: 'Rex Tillerson',
      description: '2 quotes',
      tooltip: 'Rex Tillerson: 2 quotes',
      collapsible: 'expanded',
      icon: 'person',
      contextValue: 'copydesk.speaker',
      id: 'file:///d.txt#s:Rex Tillerson',
    });
    assert.equal(treeItemSpec(tree[2], 'file:///d.txt').icon, 'question');
  });

  it('makes quotes reveal themselves when selected', () => {
    const quote = tree[1].children[0];
    assert.deepEqual(treeItemSpec(quote, 'file:///d.txt'), {
      label: 'Relations are at a low point,',
      description: 'line 3',
      tooltip: '“Relations are at a low point,”',
      collapsible: 'none',
      icon: 'quote',
      contextValue: 'copydesk.quote',
      id: `file:///d.txt#q:${quote.start}:${quote.end}`,
      command: { command: 'copydesk.revealQuote', title: 'Reveal quote', arguments: ['file:///d.txt', quote.start, quote.end] },
    });
  });
});

describe('quoteSymbols', () => {
  it('groups quote symbols by speaker, each speaker spanning their quotes', () => {
    const symbols = quoteSymbols(TEXT, QUOTES);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail, s.kind, TEXT.slice(s.selectionStart, s.selectionEnd), s.children.map((c) => [c.name, c.kind])]),
      [
        [
          'Rex Tillerson',
          '2 quotes',
          'speaker',
          '“We talked about it with Minister Lavrov yesterday.”',
          [
            ['We talked about it with Minister…', 'quote'],
            ['This had created serious mistrust,', 'quote'],
          ],
        ],
        ['Sergey Lavrov', '1 quote', 'speaker', '“Relations are at a low point,”', [['Relations are at a low point,', 'quote']]],
        ['Unattributed', '1 quote', 'speaker', '“Nobody knows,”', [['Nobody knows,', 'quote']]],
      ],
    );
    const tillerson = symbols[0];
    assert.equal(tillerson.start, QUOTES[2].start);
    assert.equal(tillerson.end, QUOTES[0].end);
    for (const s of symbols) for (const c of s.children) assert.ok(c.start >= s.start && c.end <= s.end);
  });
});
