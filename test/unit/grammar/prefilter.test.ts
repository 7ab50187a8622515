/**
 * The repeated-word and article-sound wrappers give retext-repeated-words and
 * retext-indefinite-article only the sentences their pre-filters pass
 * (mayRepeat, mayBeWrong). A pre-filter must pass every sentence the plugin
 * would report on: here each plugin runs on whole trees, and every sentence
 * it reports in must pass the filter (the one exclusion, documented in
 * article-sound.ts: "a" before a lower-case consonant other than "h", or
 * another letter that is neither a vowel nor a capital).
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Root, Sentence } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import retextIndefiniteArticle from 'retext-indefinite-article';
import retextRepeatedWords from 'retext-repeated-words';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { readDraft } from '../../../src/engine/draft';
import { mayBeWrong } from '../../../src/engine/detectors/grammar/rules/article-sound';
import { mayRepeat } from '../../../src/engine/detectors/grammar/rules/repeated-word';
import { eachSentence } from '../../../src/engine/detectors/grammar/tree';

const parser = new ParseEnglish();

/**
 * "a" (or "A") reported before a word starting with anything but a vowel,
 * "h", a digit or a capital ("a fbi agent", "a α"): left alone by design
 * (see article-sound.ts).
 */
function aBeforeLowerConsonant(m: VFileMessage): boolean {
  const next = /before `(.*)`, expected/.exec(m.reason)?.[1] ?? '';
  return m.actual?.toLowerCase() === 'a' && !/^[aeiouhAEIOUH0-9]|^[A-Z]/.test(next);
}
type Plugin = (tree: Root, file: VFile) => void;

/**
 * The sentences a plugin reports in (leaving out the messages `skip` says
 * to), and all sentences, for `text` parsed paragraph by paragraph.
 */
function reportedIn(plugin: Plugin, text: string, skip: (m: VFileMessage) => boolean = () => false): { reported: Set<Sentence>; all: Sentence[] } {
  const tree: Root = { type: 'RootNode', children: readDraft(text).paragraphs.map((p) => parser.tokenizeParagraph(p.text)) };
  const file = new VFile();
  plugin(tree, file);
  const reported = new Set(file.messages.filter((m) => !skip(m)).map((m) => m.ancestors?.[0] as Sentence));
  const all: Sentence[] = [];
  eachSentence(tree, (s) => all.push(s));
  return { reported, all };
}

const samplesDir = join(__dirname, '../../../../samples');
const samples = readdirSync(samplesDir).map((f) => readFileSync(join(samplesDir, f), 'utf8'));

/** Words that follow articles in the plugin's lists or trip its rules, in several writings. */
const FOLLOWERS = [
  'apple',
  'union',
  'hour',
  'honest',
  'heir',
  'herb',
  'hotel',
  'history',
  'one',
  'one-time',
  'once',
  'unicorn',
  'unique',
  'university',
  'European',
  'euro',
  'ewe',
  'uranium',
  'usage',
  'Uruguayan',
  'UN',
  'U.S.',
  'US',
  'UK',
  'FBI',
  'fbi',
  'MBA',
  'mba',
  'NBA',
  'nba',
  'SMS',
  'sms',
  'x-ray',
  'X-ray',
  'LCD',
  'MRI',
  'HIV',
  'hiv',
  'F-16',
  'M',
  'L',
  'R',
  '8-year-old',
  '8',
  '11',
  '18',
  '1',
  '100',
  '80s',
  'official',
  'important',
  'American',
  'Iraqi',
  'idea',
  'orange',
  'owl',
  'emu',
  'e-mail',
  'umbrella',
  'user',
  'house',
  'car',
  'Utah',
  'Ohio',
  'and',
  'or',
  'nor',
  'it’s',
  "it's",
  'apple’s',
  'Hour',
  'HOUR',
  'Honest',
  'ONE',
  'Unique',
  'α',
];

describe('grammar pre-filters', () => {
  it('mayBeWrong passes every sentence retext-indefinite-article reports in (bar "a" before a lower-case consonant or the like)', () => {
    const plugin = retextIndefiniteArticle() as Plugin;
    const texts = [...samples];
    for (const w of FOLLOWERS) {
      for (const frame of [
        'A W was here.',
        'It was a W thing.',
        'An W came.',
        'It was an W thing.',
        'He saw a “W” there.',
        'He saw an (W) there.',
        'AN W left.',
        'So a, W went.',
      ]) {
        texts.push(frame.replace('W', w));
      }
    }
    let reports = 0;
    for (const text of texts) {
      const { reported } = reportedIn(plugin, text, aBeforeLowerConsonant);
      for (const sentence of reported) {
        reports++;
        assert.ok(mayBeWrong(sentence), `filtered out a sentence the plugin reports in: ${JSON.stringify(text)}`);
      }
    }
    assert.ok(reports > 40, `the plugin should report in many of these sentences (${reports})`);
  });

  it('mayBeWrong turns away the sentences of the samples, where the plugin has nothing to say', () => {
    const plugin = retextIndefiniteArticle() as Plugin;
    let sentences = 0;
    let withArticles = 0;
    for (const text of samples) {
      const { reported, all } = reportedIn(plugin, text);
      assert.equal(reported.size, 0);
      for (const s of all) {
        sentences++;
        if (s.children.some((c) => c.type === 'WordNode' && /^an?$/i.test(toString(c)))) withArticles++;
        assert.equal(mayBeWrong(s), false);
      }
    }
    assert.ok(sentences > 50 && withArticles > 20, `${sentences} sentences, ${withArticles} with an article`);
  });

  it('mayRepeat passes every sentence retext-repeated-words reports in, and no sentence without a repeat', () => {
    const plugin = retextRepeatedWords() as Plugin;
    const texts = [
      ...samples,
      'The the vote was close.',
      'He said that that was all.',
      'They had had enough.',
      "It’s it's a slip.",
      'IT it was loud.',
      'Duran Duran played.',
      'D. D. will pop up.',
      'He went to to the shop.',
      'A lot of\nof people came.',
      'word  word with two spaces.',
      'Not a repeat, repeat after a comma.',
      'Blah blah blah.',
    ];
    let reports = 0;
    for (const text of texts) {
      const { reported, all } = reportedIn(plugin, text);
      for (const s of all) {
        if (reported.has(s)) {
          reports++;
          assert.ok(mayRepeat(s), `filtered out a sentence the plugin reports in: ${JSON.stringify(text)}`);
        }
      }
    }
    assert.ok(reports >= 5, `expected the plugin to report repeats (${reports})`);
    const plain = reportedIn(plugin, 'One two three. Four, four? Five six.');
    assert.deepEqual(
      plain.all.map((s) => mayRepeat(s)),
      [false, false, false],
    );
  });
});
