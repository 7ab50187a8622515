import assert from 'node:assert/strict';
import { quoteSheet } from '../../../src/engine/quotesheet';
import { quotes } from './helpers';

/** Each quote of a text as `speaker (kind): words` (speaker null → "-"), short ones included. */
function read(text: string): string[] {
  return quotes(text).map((q) => `${q.speaker ?? '-'} (${q.kind}): ${q.text}`);
}

/** The one quote's speaker (short quotes included). */
function speakerOf(text: string): string | null {
  const all = quotes(text);
  assert.equal(all.length, 1, JSON.stringify(read(text)));
  return all[0].speaker;
}

describe('quote speakers by construction', () => {
  describe('framing verbs', () => {
    it('"X called it “…”", "calling it", "called for"', () => {
      assert.deepEqual(read('Jane Roe called the plan “a disaster for every family.”'), ['Jane Roe (partial): a disaster for every family.']);
      assert.equal(speakerOf('Jane Roe went after the mayor, calling him “a total failure.”'), 'Jane Roe');
      assert.equal(speakerOf('John Doe called for “an immediate review” of the budget.'), 'John Doe');
    });

    it('"referred to her as", "accused … of", "assured supporters that", "compared … to", "dismissed … as", "advises"', () => {
      assert.equal(speakerOf('John Doe referred to her as “the best mayor we ever had.”'), 'John Doe');
      assert.equal(speakerOf('Jane Roe accused the council of “playing games with our money.”'), 'Jane Roe');
      assert.equal(speakerOf('John Doe assured supporters that the plan was “going nowhere.”'), 'John Doe');
      assert.equal(speakerOf('Jane Roe compared the tax to “highway robbery.”'), 'Jane Roe');
      assert.deepEqual(read('John Doe dismissed the report as “fake news.”'), ['John Doe (partial): fake news.']);
      assert.equal(speakerOf('Jane Roe advises young reporters to “check everything twice.”'), 'Jane Roe');
    });

    it('"praised", "criticized", "lamented", "slammed"', () => {
      for (const verb of ['praised', 'criticized', 'lamented', 'slammed']) {
        assert.equal(speakerOf(`Jane Roe ${verb} the “reckless and cruel” budget cuts.`), 'Jane Roe', verb);
      }
    });

    it('"as X put it"', () => {
      assert.equal(speakerOf('As Jane Roe put it, “We are broke and everyone knows it.”'), 'Jane Roe');
      assert.equal(speakerOf('But as Jane Roe pointed out, “Nobody has read the bill.”'), 'Jane Roe');
      assert.equal(speakerOf('John Doe indicated that the office “should have known better.”'), 'John Doe');
    });

    it('stays null: an unnamed or common-noun subject, a name read as a title ("a script called “Wild Rose”")', () => {
      assert.deepEqual(read('The committee called the plan “a disaster.”'), ['- (short): a disaster.']);
      assert.deepEqual(read('He had fallen for a script called “Wild Rose” that spring.'), ['- (short): Wild Rose']);
    });

    it('a speech verb of the sentence wins over a framing verb inside what it reports', () => {
      assert.equal(speakerOf('John Doe said he and Jane Roe agreed on a “working group” to repair ties.'), 'John Doe');
    });

    it('a framing verb governing an infinitive reports nothing ("agreed to establish")', () => {
      assert.deepEqual(read('The firm agreed to return the cash it made from “We.”'), ['- (short): We.']);
    });
  });

  describe('the verb found, its subject lost', () => {
    it('coordinated verbs: "X returned … and declared", "X denied … and said that"', () => {
      assert.equal(speakerOf('Jane Roe returned to the stage and declared, “We will win this fight.”'), 'Jane Roe');
      assert.equal(speakerOf('John Doe denied the report and said that it was “a fabrication from start to finish.”'), 'John Doe');
    });

    it('control verbs: "X tried to argue", "X managed to ask", "X was quick to add"', () => {
      assert.equal(speakerOf('Jane Roe tried to argue that the vote was “rigged from the start.”'), 'Jane Roe');
      assert.equal(speakerOf('John Doe managed to ask whether the money was “really gone.”'), 'John Doe');
      assert.equal(speakerOf('Jane Roe was quick to add that the plan is “not dead yet.”'), 'Jane Roe');
    });

    it('participle clauses: "X turned to the economy, saying", "X spoke for an hour before noting"', () => {
      assert.equal(speakerOf('Jane Roe turned to the economy, saying the plan “will cost us jobs.”'), 'Jane Roe');
      assert.equal(speakerOf('John Doe spoke for an hour before noting that taxes were “far too high.”'), 'John Doe');
      assert.equal(speakerOf('Jane Roe made her case, with John Doe calling it “a fine idea.”'), 'John Doe');
    });

    it('a participle after a quote hangs on the clause before it', () => {
      assert.deepEqual(read('Jane Roe defended “city values,” saying the city embodied the “heart and soul of the state.”'), [
        'Jane Roe (partial): city values,',
        'Jane Roe (partial): heart and soul of the state.',
      ]);
    });

    it('titles with places and appositives: "Sen. Jane Roe of Ohio, the top Republican, urged"; "Gov. John Doe of Kansas told"', () => {
      assert.equal(speakerOf('Sen. Jane Roe of Ohio, the committee’s top Republican, urged colleagues to “stop the bleeding now.”'), 'Jane Roe');
      assert.equal(speakerOf('Gov. John Doe of Kansas told reporters, “We are done here.”'), 'John Doe');
      assert.equal(speakerOf('Rep. Tom Hale of Iowa, an ally of the leadership, said his worry is that he is “unpredictable and rash.”'), 'Tom Hale');
    });

    it('a possessive and an appositive: "the mayor’s spokeswoman, Jane Roe, said"', () => {
      assert.equal(speakerOf('The mayor’s spokeswoman, Jane Roe, said the report was “deeply flawed.”'), 'Jane Roe');
    });

    it('a surname that is also a word of a title ("White")', () => {
      assert.deepEqual(read('Press secretary Karen White said, “The claim is false.”\n\nWhite added, “We will not comment further.”'), [
        'Karen White (direct): The claim is false.',
        'Karen White (direct): We will not comment further.',
      ]);
    });

    it('party tags and time phrases between subject and verb', () => {
      assert.equal(speakerOf('Sen. Pat Hale (R-Pa.) said the bill was “dead on arrival.”'), 'Pat Hale');
      assert.equal(speakerOf('Sen. Ann Bell (D-Md.), chair of the panel, said it was “open to every view.”'), 'Ann Bell');
      assert.equal(speakerOf('Jane Roe on Wednesday called him “a liar and a cheat.”'), 'Jane Roe');
      assert.equal(speakerOf('Judge John Doe late Thursday night called the bill “a disgrace to the state.”'), 'John Doe');
    });

    it('after "after" or "since", a name right before its verb is the subject', () => {
      assert.equal(speakerOf('Jane Roe weighed in on Tuesday, hours after John Doe said he was “encouraged.”'), 'John Doe');
    });

    it('stays null: a subordinate clause’s subject, a determiner, a plural group', () => {
      assert.deepEqual(read('When John Doe died, the paper ran “a short notice.”'), ['- (short): a short notice.']);
      assert.deepEqual(read('His repeated claims of “total victory” were false.'), ['- (short): total victory']);
      assert.equal(speakerOf('John Doe said he expected that Americans will say “no” to the plan.'), 'John Doe');
    });
  });

  describe('what stands between a subject and its verb', () => {
    it('a stretch between dashes, a party tag before a comma', () => {
      assert.equal(speakerOf('John Doe — named by the paper as the likely pick — told reporters that he was “open to it.”'), 'John Doe');
      assert.equal(speakerOf('Sen. Ron Hale, R-Wis., said in a column before the hearing, “The office failed us.”'), 'Ron Hale');
      assert.equal(speakerOf('A former candidate -- John Doe, who lost the 2008 race -- said the mayor “offered no changes at all.”'), 'John Doe');
    });

    it('a description before the name: "Republican presidential candidate Donald Trump took to Twitter, writing"', () => {
      assert.equal(speakerOf('Republican presidential candidate John Doe quickly took to Twitter, writing: “Another terrible day for the city.”'), 'John Doe');
      assert.equal(speakerOf('“We are proud of our record,” said former secretary of state Jane Roe, who spoke first.'), 'Jane Roe');
    });

    it('places of places, a quoted title in an appositive, an infinitive of purpose', () => {
      assert.equal(speakerOf('Archbishop John Doe of the Armenian Patriarchate of Jerusalem told the press, “We have suffered the same fate.”'), 'John Doe');
      assert.deepEqual(read('Jane Roe, the co-author of “Going Viral,” about the spread of news, said the days of “a shared story” are over.'), [
        '- (short): Going Viral,',
        'Jane Roe (partial): a shared story',
      ]);
      assert.equal(speakerOf('The editor, John Doe, interrupted me in mid-sentence to announce, “And there goes the franchise.”'), 'John Doe');
    });

    it('a colon after the main clause, past a subordinate one; "Like X," is no name', () => {
      assert.equal(speakerOf('When the vote was delayed, John Doe fired back: “If they delay, they lose.”'), 'John Doe');
      assert.equal(speakerOf('Like Jane Roe, John Doe also rejected the idea, arguing that there is “room for everyone.”'), 'John Doe');
    });

    it('a framing verb closing its sentence passes its subject to the next quote', () => {
      assert.deepEqual(read('Jane Roe agreed. “We are running out of time to fix this.”'), ['Jane Roe (direct): We are running out of time to fix this.']);
    });
  });

  describe('title-case headlines', () => {
    it('`Name Said “…”`, `Name Explained Why … “…”`', () => {
      assert.equal(speakerOf('Jane Roe Says “We Will Not Back Down”'), 'Jane Roe');
      assert.equal(speakerOf('Maria Lane Explained Why She Felt “Invisible” As A Child'), 'Maria Lane');
    });

    it('`Name Joked …` gives its speaker to the excerpt under it', () => {
      assert.deepEqual(read('Jane Roe Joked About The Weather\n\n“It never stops raining here, and we love it.”'), [
        'Jane Roe (direct): It never stops raining here, and we love it.',
      ]);
    });

    it('stays null: a sentence in running text is no headline', () => {
      assert.deepEqual(read('The Board Met On Tuesday. It approved the “Green Streets” plan and went home early.'), ['- (short): Green Streets']);
    });
  });

  describe('nouns read as attributions', () => {
    it('"the senator’s comments", "his remarks", "a series of tweets", "her reply" do not hide the named speaker', () => {
      assert.equal(speakerOf('Jane Roe disputed the senator’s comments that the budget was “balanced and fair.”'), 'Jane Roe');
      assert.equal(speakerOf('In a series of tweets, John Doe called the report “garbage from a failing paper.”'), 'John Doe');
      assert.equal(speakerOf('Jane Roe said his remarks and her reply were “out of line.”'), 'Jane Roe');
    });

    it('"and added" after a noun belongs to the sentence’s subject', () => {
      assert.equal(speakerOf('John Doe read the statement and added that it was “final and binding.”'), 'John Doe');
    });
  });

  describe('partial and short quotes', () => {
    it('a partial quote inside reported speech belongs to its speaker (kind partial)', () => {
      assert.deepEqual(read('Mayor Jane Roe said the plan was “dead on arrival.”'), ['Jane Roe (partial): dead on arrival.']);
      assert.deepEqual(read('John Doe said the tax was “unfair.”'), ['John Doe (partial): unfair.']);
    });

    it('a scare quote nobody is said to have said stays unattributed (kind short)', () => {
      assert.deepEqual(read('The so-called “reform” passed on Tuesday.'), ['- (short): reform']);
    });

    it('a quoted sentence stays direct', () => {
      assert.deepEqual(read('Jane Roe said, “We will appeal.”'), ['Jane Roe (direct): We will appeal.']);
    });
  });

  describe('other constructions', () => {
    it('"X quoted Y as saying" gives Y', () => {
      assert.equal(speakerOf('The Times quoted Jane Roe as saying the deal was “done and dusted.”'), 'Jane Roe');
    });

    it('a passive speech verb gives its agent: "was asked by host X"', () => {
      assert.equal(speakerOf('Jane Roe was asked by host John Doe, “Will you run again next year?”'), 'John Doe');
    });

    it('a name after a dash signs a quote', () => {
      assert.equal(speakerOf('“We will never give up on this city.” ―Jane Roe'), 'Jane Roe');
      assert.equal(speakerOf('“We will never give up on this city.” — Jane Roe (@janeroe) May 3, 2016'), 'Jane Roe');
    });

    it('a signature paragraph after the quote signs it: "- Jane Roe."', () => {
      assert.deepEqual(read('Rep. Jane Roe spoke first.\n\n“We will never give up on this city.”\n\n- Jane Roe.\n\nThe claim holds up.'), [
        'Jane Roe (direct): We will never give up on this city.',
      ]);
      assert.deepEqual(read('Mayor John Doe spoke.\n\nJane Roe answered him.\n\n“We will never give up on this city.”\n\n- Roe, in the debate.'), [
        'Jane Roe (direct): We will never give up on this city.',
      ]);
      assert.deepEqual(read('“We will never give up on this city.”\n\n—President Jane Roe, speaking after the vote.'), [
        'Jane Roe (direct): We will never give up on this city.',
      ]);
    });

    it('stays null: a bullet or a one-word name nobody introduced signs nothing', () => {
      assert.deepEqual(read('“We will never give up on this city.”\n\n- Education.\n\n- Lower taxes.'), ['- (direct): We will never give up on this city.']);
      assert.deepEqual(read('“We will never give up on this city,” the flyer read, and more.\n\n- Jane Roe and her team.'), [
        '- (direct): We will never give up on this city,',
      ]);
    });

    it('a name in apposition after the verb\'s description: "said the bureau\'s director, Jane Roe, on Monday"', () => {
      assert.equal(speakerOf('“We found nothing of consequence,” said the bureau’s director, Jane Roe, on Monday.'), 'Jane Roe');
      assert.equal(speakerOf('“It is about time we had a woman in charge,” exhorted Mayor Doe’s introducer, actress Jane Roe.'), 'Jane Roe');
    });

    it('stays unnamed: an apposition that runs on or is no name', () => {
      assert.equal(speakerOf('“We found nothing of consequence,” said the mayor, Jane Roe and her deputy.'), null);
      assert.equal(speakerOf('“We found nothing of consequence,” said a spokeswoman, adding that the city would appeal.'), null);
    });

    it('initials joined by periods stay in the name: "says J.J. Roe"', () => {
      assert.equal(speakerOf('“You would not have had the standoff without him,” says J.J. Roe, an expert on militias.'), 'J.J. Roe');
      assert.equal(speakerOf('“You would not have had the standoff without him,” says J. Roe.'), 'J. Roe');
    });

    it('two people joined by "and" are no one speaker: speaker null (not the second person)', () => {
      assert.equal(speakerOf('Jane Roe and John Doe said: “Data collected by our firm helps confirm it.”'), null);
      assert.equal(speakerOf('His biographers, John and Jane Doe, wrote that he “had a tin ear.”'), null);
    });

    it('stays named: a name after "and" that opens its own clause', () => {
      assert.equal(speakerOf('Jane Roe spoke in Ohio and John Doe said: “It is over for the plan.”'), 'John Doe');
    });

    it('stays null: a dash before running words is no signature', () => {
      assert.equal(speakerOf('“We will never give up on this city.” — Jane Roe and her team said nothing else.'), null);
    });

    it('a reporting tag at the end of the sentence: "“…” about the result, said X, the union’s director."', () => {
      assert.equal(speakerOf('“We’re extremely happy” about the result, said John Doe, director of the nurses’ union in the state.'), 'John Doe');
      assert.equal(speakerOf('So are a “small handful” of the sponsors, Jane Roe said.'), 'Jane Roe');
      assert.equal(speakerOf('His “excesses” are sickening, Jane Roe said Tuesday in Paris, noting that he insults everyone.'), 'Jane Roe');
    });

    it('after the quote: "as X said", a party tag after the name, a tag closing a sentence of two quotes', () => {
      assert.equal(speakerOf('Still, the race “is a dead heat right now,” as Jane Roe said on the radio.'), 'Jane Roe');
      assert.equal(speakerOf('“There is energy in a whole host of races,” Rep. Earl Hale (D-Ore.) said.'), 'Earl Hale');
      assert.deepEqual(read('His support will carry “a great deal of weight” and bring the “grass-roots firepower” they need, spokesman Neil Ross said.'), [
        'Neil Ross (partial): a great deal of weight',
        'Neil Ross (partial): grass-roots firepower',
      ]);
    });

    it('stays null: a verb-looking noun far from the sentence’s end is no tag ("key states like Ohio")', () => {
      assert.deepEqual(read('That lets him run on his “tough on crime” stance, which holds appeal to voters in key states like Ohio, Michigan and Iowa.'), [
        '- (short): tough on crime',
      ]);
    });

    it('a paragraph ending in a colon introduces the next paragraph’s quote', () => {
      assert.deepEqual(read('When the senator died, John Doe released the following statement:\n\n“We mourn a great leader and a friend.”'), [
        'John Doe (direct): We mourn a great leader and a friend.',
      ]);
      assert.deepEqual(read('Pollsters agree - Carl Bell: “Keep calling voters as late as you can.”'), ['Carl Bell (direct): Keep calling voters as late as you can.']);
    });

    it('"Said X, who …, “…”" opens its sentence with the verb', () => {
      assert.equal(speakerOf('Said John Doe, who grew up next door, “We were all so proud of him.”'), 'John Doe');
    });

    it('"when asked" or "and said" after a quote names nobody, and does not hide the speaker before it', () => {
      assert.equal(speakerOf('Jane Roe had said, “We’ll see what happens,” when asked about the vote.'), 'Jane Roe');
      assert.equal(speakerOf('Jane Roe, speaking on the radio, called him a “blowhard,” and said his plan was wrong.'), 'Jane Roe');
      assert.equal(speakerOf('John Doe said the bill can be “the best of both worlds,” giving states more power.'), 'John Doe');
    });

    it('"Rubio will continue to be “…”" is no speech', () => {
      assert.equal(speakerOf('Jane Roe said she is certain John Doe will continue to be “a champion for the city.”'), 'Jane Roe');
    });
  });

  describe('the outline’s speakers', () => {
    it('groups a person’s full name, surname and titled name as one', () => {
      const text = 'Secretary of State Rex Tillerson said, “We talked.”\n\nTillerson added, “It went well.”\n\n“We will meet again,” said Rex Tillerson.';
      assert.deepEqual(
        quoteSheet(text, quotes(text)).map((g) => `${g.speaker}: ${g.quotes.length}`),
        ['Rex Tillerson: 3'],
      );
    });

    it('never merges two people who share a surname', () => {
      const text = 'Hillary Clinton said, “We will win.”\n\nBill Clinton said, “She will win.”\n\n“It is close,” said Chelsea Clinton.';
      assert.deepEqual(
        quoteSheet(text, quotes(text)).map((g) => `${g.speaker}: ${g.quotes.length}`),
        ['Hillary Clinton: 1', 'Bill Clinton: 1', 'Chelsea Clinton: 1'],
      );
    });
  });
});
