import assert from 'node:assert/strict';
import { readDraft } from '../../../src/engine/draft';
import { explainLines, pageTitle } from '../../../src/engine/detectors/boilerplate/classify';
import { lineFeatures, normalize, stopwordDensity } from '../../../src/engine/detectors/boilerplate/features';
import { isByline, isDateLine } from '../../../src/engine/detectors/boilerplate/rules/byline';
import { isSeparator } from '../../../src/engine/detectors/boilerplate/rules/separator';
import { HEADLINE, PARAGRAPHS, boilerplate, flaggedLines } from './helpers';

describe('boilerplate line features', () => {
  it('normalises case, curly quotes, dashes and spaces', () => {
    assert.equal(normalize('  Don’t  miss “this” — now\t'), 'don\'t miss "this" - now');
  });

  it('counts words, function words, capitals, numbers and persons', () => {
    const f = lineFeatures('“I think you’re right,” said Ms. Roe, 42, on Tuesday.');
    assert.deepEqual(f.shortWords, ['i', 'think', "you're", 'right', 'said', 'ms', 'roe', '42', 'on', 'tuesday']);
    assert.equal(f.stopwords, 4);
    assert.equal(f.capitalized, 4);
    assert.equal(f.numbers, 1);
    assert.equal(f.secondPerson, 1);
    assert.equal(f.reporting, true);
    assert.equal(f.firstPerson, 0, 'first person inside quotation marks is a quote, not a comment');
    assert.equal(f.terminal, true);
    assert.equal(lineFeatures('I think this is it.').firstPerson, 1);
  });

  it('leaves numbers out of the share of function words', () => {
    assert.equal(stopwordDensity(lineFeatures('Nadal beat Rublev 6-4, 7-6 in the final')), 2 / 6);
  });

  it('sees links and menu separators', () => {
    assert.equal(lineFeatures('Read it at https://example.com/a').link, true);
    assert.equal(lineFeatures('Privacy | Terms | Contact').separators, 2);
    assert.equal(lineFeatures('The 24/7 news cycle is relentless.').link, false);
  });
});

describe('boilerplate kinds with their own tests', () => {
  it('separator lines are punctuation only', () => {
    for (const line of ['-', '* * *', '•', '«  »', '———']) assert.equal(isSeparator(lineFeatures(line)), true, line);
    for (const line of ['', 'A', '- 3 -']) assert.equal(isSeparator(lineFeatures(line)), false, line);
  });

  it('bylines are "By" and capitalised names', () => {
    for (const line of ['By Peter Weber Published', 'By The Week Staff', 'By Jane Roe and John Doe']) assert.equal(isByline(lineFeatures(line)), true, line);
    for (const line of ['By signing up, you agree to our terms.', 'By then the storm had passed and the roads were open again.', 'Byline']) {
      assert.equal(isByline(lineFeatures(line)), false, line);
    }
  });

  it('date lines hold dates and times only', () => {
    for (const line of ['November 19, 2019', 'Updated 2 hours ago', 'Published 5:04 PM ET Nov 20, 2019', '11/19/19 06:56 AM EST']) {
      assert.equal(isDateLine(lineFeatures(line)), true, line);
    }
    for (const line of ['May the best team win', '2019', 'Police said the attack happened on November 19.']) {
      assert.equal(isDateLine(lineFeatures(line)), false, line);
    }
  });
});

describe('boilerplate page titles', () => {
  it('reads "Headline - Site Name" as the browser title of a pasted page', () => {
    assert.equal(pageTitle('Council extends night buses to suburbs - The Daily Courier'), 'council extends night buses to suburbs');
    assert.equal(pageTitle('Council extends night buses to suburbs | Courier'), 'council extends night buses to suburbs');
    assert.equal(pageTitle('Opinion | Council extends night buses to suburbs - courier.co.uk'), 'opinion | council extends night buses to suburbs');
  });

  it('does not take a headline with a dash or colon for a title', () => {
    assert.equal(pageTitle('Storm hits the coast - 3 dead'), undefined);
    assert.equal(pageTitle('Tillerson says he confronted Putin about souring U.S.-Russia relations'), undefined);
    assert.equal(pageTitle('Council votes: what happens next for the night buses and the drivers who run them'), undefined);
    assert.equal(pageTitle('Buses - Courier'), undefined);
  });

  it('flags the title line at information severity and keeps a plain headline', () => {
    const pasted = [`${HEADLINE} - The Daily Courier`, '', ...PARAGRAPHS].join('\n');
    const findings = boilerplate(pasted);
    assert.deepEqual(
      findings.map((f) => `${f.rule}:${f.severity}:${pasted.slice(f.start, f.end)}`),
      [`boilerplate/page-title:information:${HEADLINE} - The Daily Courier`],
    );
    const own = [HEADLINE, '', ...PARAGRAPHS].join('\n');
    assert.deepEqual(flaggedLines(own, boilerplate(own)), []);
  });
});

describe('boilerplate main body', () => {
  it('finds the article as the main body and reads the rest by context', () => {
    const text = [HEADLINE, '', 'Home', 'News', 'Sport', '', ...PARAGRAPHS, '', 'More stories', 'Storm closes mountain roads'].join('\n');
    const explained = explainLines(readDraft(text).lines);
    const body = explained.filter((e) => e.inMainBody).map((e) => e.index);
    assert.deepEqual(body, [6, 7, 8, 9, 10]);
    assert.deepEqual(
      explained.find((e) => e.index === 2),
      { index: 2, first: 'bad', revised: 'bad', inMainBody: false },
    );
  });

  it('keeps a sentence of reported speech near the article, even amid furniture', () => {
    const said = 'The mayor said she would ask the state to pay for a second route next year.';
    const text = [HEADLINE, '', ...PARAGRAPHS, 'Sign up for our newsletter', 'Advertisement', said, 'Share this article'].join('\n');
    assert.deepEqual(flaggedLines(text, boilerplate(text)), ['Sign up for our newsletter', 'Advertisement', 'Share this article']);
  });

  it("does not let a thread of readers' comments outweigh the article", () => {
    const comment = (n: number) => `I have lived on route ${n} for thirty years and I think the council has never listened to anyone before this, so I am glad.`;
    const thread: string[] = [];
    for (let n = 1; n <= 8; n++) thread.push(comment(n), `reader${n}`, `${n} days ago`);
    const furniture = ['Comments', 'Sort by', 'Newest', 'Oldest', 'Log in to comment', 'Report', 'Share'];
    const text = [HEADLINE, '', ...PARAGRAPHS, '', ...furniture, ...thread].join('\n');
    const flagged = flaggedLines(text, boilerplate(text));
    for (const p of PARAGRAPHS) assert.ok(!flagged.includes(p), p);
    assert.ok(flagged.includes(comment(1)));
  });
});
