import assert from 'node:assert/strict';
import { messages, only } from './helpers';
import { expandPhrase, parsePhrase } from '../../../src/engine/detectors/grammar/phrase-pattern';
import { DOUBLING, IRREGULAR_FORMS, verbForms } from '../../../src/engine/detectors/grammar/data/verb-forms';
import { FIXED_PHRASES } from '../../../src/engine/detectors/grammar/data/fixed-phrases';

const RULE = 'grammar/fixed-phrase';

describe('set-phrase patterns', () => {
  it('parses words, marked verbs, choices and slots', () => {
    assert.deepEqual(
      parsePhrase('peak~ {obj} (interest|curiosity) Don’t').map((p) => [p.part.kind, p.verb ?? '']),
      [
        ['word', 'all'],
        ['slot', ''],
        ['choice', ''],
        ['word', ''],
      ],
    );
    assert.equal(parsePhrase('except~+ the offer')[0].verb, 'noBase');
    assert.deepEqual(
      parsePhrase('Brussels sprouts', true).map((p) => (p.part as { word: string }).word),
      ['Brussels', 'sprouts'],
    );
  });

  it('expands a marked verb into its forms, each with the same form of the correction', () => {
    const forms = expandPhrase('peak~ {obj} interest', 'pique~ {obj} interest').map((p) => [
      (p.wrong[0] as { word: string }).word,
      p.rights.map((r) => (r[0] as { word: string }).word),
    ]);
    assert.deepEqual(forms, [
      ['peak', ['pique']],
      ['peaks', ['piques']],
      ['peaked', ['piqued']],
      ['peaking', ['piquing']],
    ]);
  });

  it('offers the past tense and the participle where they differ, and leaves out forms that read the same', () => {
    const bared = expandPhrase('bare~ the brunt', 'bear~ the brunt').find((p) => (p.wrong[0] as { word: string }).word === 'bared');
    assert.deepEqual(
      bared?.rights.map((r) => (r[0] as { word: string }).word),
      ['bore', 'borne'],
    );
    // "breathed" and "breathing" are the same for breath and breathe.
    assert.deepEqual(
      expandPhrase('breath~ life into', 'breathe~ life into').map((p) => (p.wrong[0] as { word: string }).word),
      ['breath', 'breaths'],
    );
    assert.deepEqual(
      expandPhrase('except~+ {det} offer', 'accept~ {det} offer').map((p) => (p.wrong[0] as { word: string }).word),
      ['excepts', 'excepted', 'excepting'],
    );
  });

  it('inflects regular verbs by the spelling rules', () => {
    assert.deepEqual(verbForms('nip'), { base: 'nip', s: 'nips', past: 'nipped', participle: 'nipped', ing: 'nipping' });
    assert.deepEqual(verbForms('reply'), { base: 'reply', s: 'replies', past: 'replied', participle: 'replied', ing: 'replying' });
    assert.deepEqual(verbForms('faze'), { base: 'faze', s: 'fazes', past: 'fazed', participle: 'fazed', ing: 'fazing' });
    assert.deepEqual(verbForms('touch'), { base: 'touch', s: 'touches', past: 'touched', participle: 'touched', ing: 'touching' });
    assert.deepEqual(verbForms('take'), { base: 'take', s: 'takes', past: 'took', participle: 'taken', ing: 'taking' });
  });

  it('knows the irregular forms of every marked verb that has them', () => {
    const marked = new Set<string>();
    for (const p of FIXED_PHRASES) {
      for (const phrase of [p.wrong, p.right]) for (const part of parsePhrase(phrase)) if (part.verb) marked.add((part.part as { word: string }).word);
    }
    assert.ok(marked.size >= 60, `${marked.size} marked verbs`);
    // The bases of the standard table of English irregular verbs.
    const irregular = (
      'be bear beat become begin bend bet bid bind bite bleed blow break breed bring build burn burst buy cast catch choose cling come cost creep cut ' +
      'deal dig do draw drink drive eat fall feed feel fight find flee fling fly forbid forget forgive freeze get give go grind grow hang have hear hide ' +
      'hit hold hurt keep kneel know lay lead leap leave lend let lie light lose make mean meet pay put quit read ride ring rise run say see seek sell ' +
      'send set sew shake shed shine shoot show shrink shut sing sink sit slay sleep slide sling slit sow speak speed spend spin spit split spread ' +
      'spring stand steal stick sting stink strike string strive swear sweep swim swing take teach tear tell think throw tread understand wake wear ' +
      'weave weep wet win wind wring write'
    ).split(' ');
    for (const verb of marked) if (irregular.includes(verb)) assert.ok(verb in IRREGULAR_FORMS, `${verb} is irregular`);
    for (const [base, [past, participle]] of Object.entries(IRREGULAR_FORMS)) {
      assert.ok(irregular.includes(base), base);
      assert.match(past + participle, /^[a-z]+$/);
    }
    for (const verb of DOUBLING) assert.match(verb, /^[a-z]+$/);
  });
});

describe('grammar/fixed-phrase: slots, forms and guards', () => {
  const fires: [string, string][] = [
    ['The mayor hopes to nip the problem in the butt.', 'The mayor hopes to nip the problem in the bud.'],
    ['They nipped such talk in the butt.', 'They nipped such talk in the bud.'],
    ['The exhibit peaked the public’s interest.', 'The exhibit piqued the public’s interest.'],
    ['The report peaks their curiosity.', 'The report piques their curiosity.'],
    ['The storm had already went east.', 'The storm had already gone east.'],
    ['Rebels are wreaking havoc, and troops wrecked havoc too.', 'Rebels are wreaking havoc, and troops wreaked havoc too.'],
    ['She was loosing her job.', 'She was losing her job.'],
    ['Voters are suppose to bring ID.', 'Voters are supposed to bring ID.'],
  ];
  for (const [text, after] of fires) {
    it(`fires on ${JSON.stringify(text)}`, () => assert.equal(only(text, RULE).after, after));
  }

  const passes = [
    // A slot never reaches over a function word, nor past three words.
    'Attendance peaked in 2010 when interest waned.',
    'Sales peaked and the interest faded.',
    'Prices peaked the year after the interest rate rose.',
    'They nip at the heels of the leaders in the butterfly.',
    // The wrong word in its sound use.
    'The dog broke loose and ran.',
    'They kept loose control of the region.',
    'The queen had a short reign in the 1500s.',
    'Military aid to the region rose.',
    'The water poured over the dam.',
    'The contests laid bare the cost of that restraint.',
    'They had rose bushes in the garden.',
    'The team has Drew at quarterback.',
    'Have they seen it yet?',
    'He said it was a change in route to the airport.',
    'The house and the garden the family kept were sold.',
  ];
  for (const text of passes) {
    it(`stays silent on ${JSON.stringify(text)}`, () => assert.deepEqual(messages(text, RULE), []));
  }

  it('keeps the slot’s words as written in the fix', () => {
    const { after, finding } = only('Police hope to nip The Gang’s plan in the butt.', RULE);
    assert.equal(after, 'Police hope to nip The Gang’s plan in the bud.');
    assert.equal(finding.message, 'Unexpected `nip The Gang’s plan in the butt`, expected `nip The Gang’s plan in the bud`');
    assert.equal(finding.fixes[0].safe, true);
  });

  it('offers both the past tense and the participle when the form is ambiguous, neither as safe', () => {
    const { finding } = only('Taxpayers bared the brunt of the cuts.', RULE);
    assert.deepEqual(
      finding.fixes.map((f) => f.edits[0].text),
      ['bore', 'borne'],
    );
    assert.equal(finding.fixes[0].safe, undefined);
  });
});
