import assert from 'node:assert/strict';
import {
  CORPUS_KINDS,
  MASS_NOUNS,
  eligibleSentences,
  injectConfusion,
  injectSlips,
  isPastVerb,
  sitesFor,
  type Confusion,
  type CorpusKind,
  type InjectedSlip,
} from '../../../scripts/grammar-slips.mjs';
import heldout from '../../../eval/grammar/confusions.heldout.json';

// A short story written for these tests: every kind has sites in it, and the
// quoted sentence has sites of every kind that must never be used.
const STORY = [
  'The city council met on Tuesday and approved the budget after a long debate about the cost of new buses.',
  'Officials said that the plan would cut waiting times, and the mayor signed the order before noon.',
  'Residents who opposed the plan gathered evidence about noise, and several groups asked for information about the route.',
  '“We said that the council approved it and signed the deal for money,” a spokesman said.',
  'The transit agency, which expected the vote to pass, said that it would publish the schedule in the spring.',
].join('\n\n');

const QUOTE_START = STORY.indexOf('“');
const QUOTE_END = STORY.indexOf('”') + 1;

function removeInsertion(slip: InjectedSlip): string {
  return slip.text.slice(0, slip.at) + slip.text.slice(slip.at + slip.inserted);
}

function allSlips(kind: CorpusKind, seed = 7): InjectedSlip[] {
  return injectSlips(STORY, kind, { seed, name: 'story', copies: 50 });
}

describe('eval: the injected-slip generator', () => {
  it('gives the same copies for the same seed and name', () => {
    for (const kind of CORPUS_KINDS) {
      assert.deepEqual(injectSlips(STORY, kind, { seed: 11, name: 'a', copies: 3 }), injectSlips(STORY, kind, { seed: 11, name: 'a', copies: 3 }));
    }
  });

  it('picks other sites for another seed', () => {
    const sites = (seed: number) => injectSlips(STORY, 'repeated-word', { seed, name: 'a', copies: 3 }).map((s) => s.at);
    assert.notDeepEqual(sites(1), sites(2));
  });

  it('puts one slip where it says, and changes nothing else', () => {
    for (const kind of CORPUS_KINDS) {
      const slips = allSlips(kind);
      assert.ok(slips.length > 0, `no ${kind} site in the story`);
      for (const slip of slips) {
        assert.equal(removeInsertion(slip), STORY);
        assert.equal(slip.text.slice(slip.start, slip.end), slip.slip);
        assert.ok(slip.start <= slip.at && slip.at + slip.inserted <= slip.end);
      }
    }
  });

  it('makes each kind of slip', () => {
    for (const slip of allSlips('repeated-word')) {
      const m = /^([a-z]+)( |-|\n|-\n)([a-z]+)$/.exec(slip.slip);
      assert.ok(m && m[1] === m[3], slip.slip);
      assert.equal({ ' ': 'space', '-': 'hyphen', '\n': 'line-break', '-\n': 'hyphen-line-break' }[m[2]], slip.variant);
    }
    assert.deepEqual(new Set(allSlips('repeated-word').map((s) => s.variant)), new Set(['space', 'hyphen', 'line-break', 'hyphen-line-break']));
    for (const slip of allSlips('that-that')) assert.equal(slip.slip, 'that that');
    for (const slip of allSlips('stray-determiner')) {
      const m = /^the ([a-z]+)$/.exec(slip.slip);
      assert.ok(m && isPastVerb(m[1]), slip.slip);
    }
    for (const slip of allSlips('mass-noun')) {
      const m = /^(an?) ([a-z]+)$/.exec(slip.slip);
      assert.ok(m && MASS_NOUNS.has(m[2]), slip.slip);
      assert.equal(m[1], /^[aeiou]/.test(m[2]) ? 'an' : 'a');
    }
  });

  it('finds the sites a person would call slips, and only those', () => {
    const sentences = eligibleSentences(STORY);
    const slipsAt = (kind: CorpusKind, variant?: string) =>
      sitesFor(kind, sentences, variant).map((s) => {
        const after = STORY.slice(s.at);
        return after.slice(0, after.indexOf(' ', after.indexOf(' ') + 1));
      });
    assert.deepEqual(slipsAt('that-that'), ['that the', 'that it']);
    assert.deepEqual(slipsAt('stray-determiner'), ['approved the', 'opposed the', 'expected the']);
    assert.deepEqual(slipsAt('mass-noun'), ['evidence about', 'information about']);
    // Hyphen doubling only for function words.
    for (const site of [...sitesFor('repeated-word', sentences, 'hyphen'), ...sitesFor('repeated-word', sentences, 'hyphen-line-break')])
      assert.match(
        site.insert,
        /^(the|a|an|of|to|in|for|with|at|by|from|and|or|but|as|his|her|its|their|this|these|those|will|would|be|has|have|are|were|it|he|she|they|we)-\n?$/,
      );
  });

  it('keeps out of direct quotes and of the quote ranges it is given', () => {
    for (const kind of CORPUS_KINDS) {
      for (const slip of allSlips(kind)) assert.ok(slip.at < QUOTE_START || slip.at >= QUOTE_END, `${kind} inside the quote`);
    }
    const british = '‘We said that the council approved it and signed the deal for money,’ a spokesman said on Tuesday.';
    assert.deepEqual(eligibleSentences(british), []);
    assert.deepEqual(eligibleSentences("'We said that the council approved it and signed the deal,' a spokesman said."), []);
    const first = eligibleSentences(STORY)[0];
    const guarded = injectSlips(STORY, 'stray-determiner', { seed: 3, copies: 50, quotes: [first] });
    assert.ok(guarded.every((s) => s.at >= first.end));
  });

  it('uses the narrative words of a sentence with a quote, never the quoted ones', () => {
    const text = '“We will sign it and send the money,” the mayor said on Tuesday, and signed the order that the council had sent.';
    const sentences = eligibleSentences(text);
    const at = (kind: CorpusKind) => sitesFor(kind, sentences).map((s) => text.slice(s.at, text.indexOf(' ', s.at)));
    assert.deepEqual(at('stray-determiner'), ['signed']);
    assert.deepEqual(at('that-that'), ['that']);
    assert.ok(sitesFor('repeated-word', sentences).every((s) => s.at > text.indexOf('”')));
    // The engine's quote ranges are kept out too.
    const spoken = eligibleSentences(text, [{ start: text.indexOf('and signed'), end: text.length }]);
    assert.deepEqual(sitesFor('stray-determiner', spoken), []);
  });

  it('leaves alone doublings that can be good English and nouns that modify another', () => {
    const text = 'The board had had enough, and it said that that many votes were a sign of research funding for the news conference.';
    const sentences = eligibleSentences(text);
    const doubled = sitesFor('repeated-word', sentences, 'space').map((s) => s.insert.trim());
    assert.ok(!doubled.includes('had') && !doubled.includes('that'));
    assert.deepEqual(sitesFor('that-that', sentences), []);
    assert.deepEqual(sitesFor('mass-noun', sentences), []);
    assert.deepEqual(sitesFor('stray-determiner', eligibleSentences('The men were armed and armed men stood at the gate of the old fort.')), []);
  });

  it('keeps verbs out of the mass-noun and past-tense sites', () => {
    const text = 'Peel the pears and put them in a pot, then wait for entries that happened 1 hour ago and refuse to traffic in gossip.';
    const sentences = eligibleSentences(text);
    assert.deepEqual(sitesFor('stray-determiner', sentences), []);
    assert.deepEqual(sitesFor('mass-noun', sentences), []);
    const seized = eligibleSentences('Police raided the building on Monday morning and seized 12 rifles from the basement.');
    assert.deepEqual(
      sitesFor('stray-determiner', seized).map((s) => s.insert),
      ['the '],
    );
  });

  it('gives no copy and no error on text with no site', () => {
    for (const kind of CORPUS_KINDS) {
      assert.deepEqual(injectSlips('', kind, { seed: 1, copies: 3 }), []);
      assert.deepEqual(injectSlips('Short line\r\n\u{1F600} \u0301', kind, { seed: 1, copies: 3 }), []);
    }
  });

  it('turns a confusion entry into its slip, keeping a capital', () => {
    const entry: Confusion = { wrong: 'at odds from', right: 'at odds with', sentence: 'At odds with the board, she resigned.', source: 'test', relation: 'unlisted' };
    const slip = injectConfusion(entry);
    assert.ok(slip);
    assert.equal(slip.text, 'At odds from the board, she resigned.');
    assert.equal(slip.text.slice(slip.start, slip.end), 'At odds from');
    assert.equal(injectConfusion({ ...entry, sentence: 'Nothing here.' }), null);
  });
});

describe('eval: the held-aside confusions', () => {
  const entries = heldout as Confusion[];
  const SOURCES = new Set(['eggcorn-database', 'brians', 'garner', 'wikipedia-misused', 'wikipedia-misspelled', 'ap-stylebook']);

  it('has about 150 entries, each well formed', () => {
    assert.ok(entries.length >= 150, `${entries.length} entries`);
    const seen = new Set<string>();
    for (const e of entries) {
      assert.ok(SOURCES.has(e.source), `${e.wrong}: source ${e.source}`);
      assert.ok(e.relation === 'variant' || e.relation === 'unlisted', `${e.wrong}: relation ${e.relation}`);
      assert.notEqual(e.wrong.toLowerCase(), e.right.toLowerCase());
      assert.ok(!seen.has(e.wrong.toLowerCase()), `${e.wrong} twice`);
      seen.add(e.wrong.toLowerCase());
      const slip = injectConfusion(e);
      assert.ok(slip, `the sentence of "${e.wrong}" lacks "${e.right}"`);
      assert.equal(slip.text.slice(slip.start, slip.end).toLowerCase(), e.wrong.toLowerCase());
      assert.match(e.sentence, /^[A-Z].*[.!?]$/);
    }
  });
});
