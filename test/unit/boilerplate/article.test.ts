import assert from 'node:assert/strict';
import { readDraft } from '../../../src/engine/draft';
import { explainLines } from '../../../src/engine/detectors/boilerplate/classify';
import { HEADLINE, PARAGRAPHS, boilerplate, flaggedLines } from './helpers';

/** More hand-written article paragraphs (not from any corpus), the story's second half. */
const MORE = [
  'Drivers for the bus company welcomed the decision, although their union warned that it would need at least twenty more drivers to staff the new routes.',
  'The company has struggled to hire staff since the spring, when several dozen drivers left for better-paid jobs with delivery firms in the region.',
  '"Nobody should have to choose between a late shift and a safe journey home," said Tom Reilly, a nurse at the northern hospital who campaigned for the change.',
  'A public meeting on the new timetable will be held at the town hall next month, and residents can send comments to the council until the end of January.',
];

/** Furniture that splits a story: a photo gallery of short captions. */
const GALLERY = [
  'Photo gallery',
  '1 of 6',
  'Buses at the depot on Monday night',
  '2 of 6',
  'The northern terminus',
  '3 of 6',
  'Drivers at the start of a shift',
  'Advertisement',
];

/** A stream of teasers of other stories: headline, summary, date. */
const TEASERS = [
  'More from the city desk',
  'Library Opening Hours Cut Again',
  'The main library will close at six on weekdays from next month to save money on heating and staff.',
  'November 12, 2019',
  'New Bridge Design Unveiled By Planners',
  'Planners showed three designs for the river crossing at a packed meeting in the old market hall.',
  'November 11, 2019',
  'School Meals Contract Goes To Tender',
  'The council will look for a new supplier of school meals after complaints about portions and prices.',
  'November 10, 2019',
  'Park Run Draws Record Crowd On Sunday',
  'More than two thousand runners took part in the weekly race around the lake despite the heavy rain.',
  'November 9, 2019',
];

/** Readers' comments. */
const COMMENTS = [
  '14 comments',
  'jsmith77',
  '2 hours ago',
  'I have waited years for this and I still think the buses will be late every night, as they always are.',
  'Reply',
  'northernmum',
  '3 hours ago',
  'My son works nights at the hospital and I worry about him every time he walks home from the last stop.',
  'Reply',
];

describe('boilerplate article finder: the story across what splits it', () => {
  it('keeps both parts of a story split by a photo gallery, and flags the gallery', () => {
    const text = [HEADLINE, ...PARAGRAPHS, ...GALLERY, ...MORE].join('\n');
    const flagged = flaggedLines(text, boilerplate(text));
    for (const p of [...PARAGRAPHS, ...MORE]) assert.ok(!flagged.includes(p), `flagged: ${p}`);
    for (const g of ['Photo gallery', '1 of 6', 'Advertisement']) assert.ok(flagged.includes(g), `kept: ${g}`);
  });

  it('reads the lines between the parts as inside the article', () => {
    const text = [HEADLINE, ...PARAGRAPHS, ...GALLERY, ...MORE].join('\n');
    const inside = explainLines(readDraft(text).lines).filter((e) => e.inMainBody);
    const draft = readDraft(text);
    assert.equal(draft.lines[inside[0].index].text, PARAGRAPHS[0]);
    assert.equal(draft.lines[inside[inside.length - 1].index].text, MORE[MORE.length - 1]);
  });

  it('ends the story at a stream of teasers of other stories', () => {
    const text = [HEADLINE, ...PARAGRAPHS, ...MORE, ...TEASERS].join('\n');
    const flagged = flaggedLines(text, boilerplate(text));
    for (const p of [...PARAGRAPHS, ...MORE]) assert.ok(!flagged.includes(p), `flagged: ${p}`);
    for (const t of TEASERS) assert.ok(flagged.includes(t), `kept: ${t}`);
  });

  it("ends the story at readers' comments", () => {
    const text = [HEADLINE, ...PARAGRAPHS, ...MORE, ...COMMENTS].join('\n');
    const flagged = flaggedLines(text, boilerplate(text));
    for (const p of [...PARAGRAPHS, ...MORE]) assert.ok(!flagged.includes(p), `flagged: ${p}`);
    for (const c of COMMENTS) assert.ok(flagged.includes(c), `kept: ${c}`);
  });

  it('does not take a teaser stream longer than the story for the story', () => {
    const teasers = [
      ...TEASERS,
      ...TEASERS.map((t) =>
        t
          .replace(/\d{4}$/, '2018')
          .replace('Sunday', 'Saturday')
          .replace('next month', 'next year'),
      ),
    ];
    const text = [HEADLINE, 'Home | News | Sport | Weather', ...PARAGRAPHS.slice(0, 3), 'Share this story', ...teasers].join('\n');
    const flagged = flaggedLines(text, boilerplate(text));
    for (const p of PARAGRAPHS.slice(0, 3)) assert.ok(!flagged.includes(p), `flagged: ${p}`);
  });

  it("does not join a block that repeats the story's text, and takes none of the story without review", () => {
    const text = [HEADLINE, ...PARAGRAPHS, ...MORE, 'Most read', 'Also in the news', ...PARAGRAPHS.slice(0, 3)].join('\n');
    const findings = boilerplate(text);
    const flagged = flaggedLines(text, findings);
    // The copy below the furniture is not read as the story (its sentences of reported speech may stay
    // by their own reading, for the duplicates check to name), and its first line goes.
    const draft = readDraft(text);
    const copyFrom = draft.lines.length - 3;
    for (const e of explainLines(draft.lines)) if (e.index >= copyFrom) assert.equal(e.inMainBody, false, `line ${e.index}`);
    assert.ok(findings.some((f) => f.start === text.lastIndexOf(PARAGRAPHS[0])));
    // The story's own lines past its copied lede all stay.
    for (const p of [...PARAGRAPHS.slice(3), ...MORE]) assert.ok(!flagged.includes(p), `flagged: ${p}`);
    // Whatever of the story's copied lede is flagged is never a sure deletion.
    for (const f of findings) if (f.start < text.indexOf(MORE[0])) assert.equal(f.fixes[0].review, true, text.slice(f.start, f.end));
  });
});

describe('boilerplate article finder: what continues a story and what ends it', () => {
  it('carries a lone paragraph past a block of code, which no list names', () => {
    const code = [
      '$ npm install night-bus',
      '$ night-bus --route N1',
      'route N1: 14 stops',
      'route N2: 11 stops',
      '$ night-bus --route N2',
      'done in 0.4s',
      'exit 0',
      '$ night-bus --help',
    ];
    const lone = 'The timetable tool above was written by volunteers at the council, who said they would keep it up to date as the new routes open next year.';
    const text = [HEADLINE, ...PARAGRAPHS, ...code, lone].join('\n');
    const inside = explainLines(readDraft(text).lines).filter((e) => e.inMainBody);
    assert.equal(inside[inside.length - 1].index, PARAGRAPHS.length + code.length + 1);
    assert.ok(!flaggedLines(text, boilerplate(text)).includes(lone));
  });

  it('does not carry a lone paragraph past a long run of furniture', () => {
    const furniture = [
      'Share on Facebook',
      'Share on Twitter',
      'Share by email',
      'Sign up for our newsletter',
      'Advertisement',
      'Most read',
      'Weather',
      'Traffic',
      'Sport',
      'Jobs',
    ];
    const lone = 'Residents of the northern estates will be able to buy season tickets for the night routes from the start of February at any library in the city.';
    const text = [HEADLINE, ...PARAGRAPHS, ...furniture, lone].join('\n');
    const inside = explainLines(readDraft(text).lines).filter((e) => e.inMainBody);
    assert.equal(inside[inside.length - 1].index, PARAGRAPHS.length);
  });

  it('reads a column in the first person as story, and comments framed by dates and replies as comments', () => {
    const column = [
      'I have taken the last bus home from the hospital for eleven years, and I have never once seen it leave on time in the winter months.',
      'I asked the drivers about it last week, and they told me the timetable was written for summer roads and has not been changed since.',
      'My hope is that the new routes will be planned with the people who ride them, not only with the people who pay for them.',
    ];
    const text = [HEADLINE, ...PARAGRAPHS, 'Related: Night buses in other cities', ...column].join('\n');
    const flagged = flaggedLines(text, boilerplate(text));
    for (const c of column) assert.ok(!flagged.includes(c), `flagged: ${c}`);
  });

  it('takes a summary under a headline and its date for a teaser', () => {
    const text = [HEADLINE, ...PARAGRAPHS, ...MORE, 'Share this story', ...TEASERS.slice(1)].join('\n');
    const flagged = flaggedLines(text, boilerplate(text));
    for (const t of TEASERS.slice(1)) assert.ok(flagged.includes(t), `kept: ${t}`);
  });

  it('reads list items in sentence case as paragraphs, not headlines', () => {
    const list = [
      'the northern route will run every thirty minutes from midnight until five in the morning on weekdays',
      'the hospital route will run every twenty minutes through the night and on every day of the week',
      'the university route will run on weekends only during the summer holidays and the winter break',
    ];
    const text = [HEADLINE, ...PARAGRAPHS, 'Advertisement', 'Photo: the depot', 'Photo: a driver', 'Photo: a timetable', 'Photo: a stop', ...list, ...MORE].join('\n');
    const flagged = flaggedLines(text, boilerplate(text));
    for (const l of [...list, ...MORE]) assert.ok(!flagged.includes(l), `flagged: ${l}`);
  });

  it('flags a river of teaser headlines inside the story for review', () => {
    const river = [
      'More Stories From The City Desk',
      'Library Opening Hours Cut Again',
      'New Bridge Design Unveiled By Planners',
      'Why Are The Trams Always Late?',
      'School Meals Contract Goes To Tender',
    ];
    const text = [HEADLINE, ...PARAGRAPHS, ...river, ...MORE].join('\n');
    const findings = boilerplate(text);
    for (const r of river) {
      const f = findings.find((x) => text.slice(x.start, x.end) === r);
      assert.ok(f, `kept: ${r}`);
      assert.equal(f.fixes[0].review, true);
    }
    for (const p of [...PARAGRAPHS, ...MORE]) assert.ok(!flaggedLines(text, findings).includes(p), `flagged: ${p}`);
  });
});

describe('boilerplate precision guards', () => {
  it('keeps a long, finished, attributed sentence that stands past furniture near the story', () => {
    const speech = '"We will keep the service running every night of the week, whatever the weather and whatever the cost," said Maria Lopez on Wednesday.';
    const text = [
      HEADLINE,
      ...PARAGRAPHS,
      'Advertisement',
      'Share on Facebook',
      'Share on Twitter',
      'Sign up for our newsletter',
      'Related topics',
      'Transport',
      'Buses',
      'Council',
      'Weather',
      'Traffic',
      speech,
    ].join('\n');
    const flagged = flaggedLines(text, boilerplate(text));
    assert.ok(!flagged.includes(speech));
    assert.ok(flagged.includes('Advertisement'));
  });

  it('reads a price as no timestamp', () => {
    const text = [HEADLINE, ...PARAGRAPHS.slice(0, 2), 'Tickets cost $139.00', ...PARAGRAPHS.slice(2)].join('\n');
    assert.ok(!boilerplate(text).some((f) => f.rule === 'boilerplate/byline'));
  });

  it('reads "A/B/C" as no link', () => {
    const text = [
      HEADLINE,
      ...PARAGRAPHS.slice(0, 2),
      'The three options, labelled A/B/C in the report, were put to a public vote in the autumn.',
      ...PARAGRAPHS.slice(2),
    ].join('\n');
    assert.deepEqual(flaggedLines(text, boilerplate(text)), []);
  });

  it('leaves a phrase of the lists inside a long sentence addressed to the reader', () => {
    const line =
      'If you ride the late bus on a weekday you will notice that more from the northern suburbs now use it than before, and most popular of all is the route that runs past the hospital, the university and the new housing estates by the river.';
    const text = [HEADLINE, ...PARAGRAPHS.slice(0, 2), line, ...PARAGRAPHS.slice(2)].join('\n');
    assert.ok(!flaggedLines(text, boilerplate(text)).includes(line));
  });

  it('keeps short headers repeated only inside the article (a table)', () => {
    const table = ['Route', 'Stops', 'N1', '14', 'Route', 'Stops', 'N2', '11'];
    const text = [HEADLINE, ...PARAGRAPHS.slice(0, 3), ...table, ...PARAGRAPHS.slice(3), ...MORE].join('\n');
    const flagged = flaggedLines(text, boilerplate(text));
    assert.ok(!flagged.includes('Route') && !flagged.includes('Stops'), flagged.join(' / '));
  });
});

describe('boilerplate: which deletions are sure', () => {
  const text = [
    HEADLINE,
    'Home | News | Sport | Weather | Travel',
    ...PARAGRAPHS.slice(0, 3),
    'Advertisement',
    ...PARAGRAPHS.slice(3),
    'Sign up for our newsletter',
    'This story has been shared by readers across the region, and many of them wrote to us about it.',
    '© 2019 The Daily Example. All rights reserved.',
  ].join('\n');
  const findings = boilerplate(text);
  const sure = (line: string) => {
    const f = findings.find((x) => text.slice(x.start, x.end) === line);
    assert.ok(f, `not flagged: ${line}`);
    return !f.fixes[0].review;
  };

  it('a line a phrase list names is sure', () => {
    assert.equal(sure('Advertisement'), true);
    assert.equal(sure('Sign up for our newsletter'), true);
    assert.equal(sure('Home | News | Sport | Weather | Travel'), true);
  });

  it('a line flagged for its place alone is for review', () => {
    assert.equal(sure('This story has been shared by readers across the region, and many of them wrote to us about it.'), false);
  });

  it('a run fix is sure only when every line of it is', () => {
    for (const f of findings) {
      const run = f.fixes.find((x) => x.title.startsWith('Delete these'));
      if (!run) continue;
      const members = findings.filter((g) => g.start >= run.edits[0].start && g.end <= run.edits[0].end);
      assert.equal(
        !run.review,
        members.every((g) => !g.fixes[0].review),
      );
    }
  });

  it('keeps the severity and review apart: a warning may still want review, never the other way round', () => {
    for (const f of findings) if (!f.fixes[0].review) assert.equal(f.severity, 'warning');
  });

  it('inside the story, a line a list names in part is sure only when it speaks to the reader', () => {
    const prompt = 'Sign up for our newsletter and get the morning briefing in your inbox.';
    const t = [HEADLINE, ...PARAGRAPHS.slice(0, 3), prompt, ...PARAGRAPHS.slice(3), ...MORE].join('\n');
    const f = boilerplate(t).find((x) => t.slice(x.start, x.end) === prompt);
    assert.ok(f);
    assert.equal(f.fixes[0].review, undefined);
  });

  it('never marks a long line sure, whatever names it', () => {
    const long =
      'Subscribe to our newsletter to get the latest stories about buses, trains, roads, bridges, parking and the city council delivered to your inbox every single morning.';
    const t = [HEADLINE, ...PARAGRAPHS, long].join('\n');
    const f = boilerplate(t).find((x) => t.slice(x.start, x.end) === long);
    assert.ok(f);
    assert.equal(f.fixes[0].review, true);
  });
});

describe('boilerplate article finder on odd input', () => {
  it('reads a draft of many huge lines, each holding the others, without comparing them all', () => {
    const huge = Array.from({ length: 300 }, () => PARAGRAPHS.join(' ') + ' ' + MORE.join(' ')).map((l, i) => `${i}. ${l}`);
    const text = [HEADLINE, ...huge].join('\n');
    const t0 = performance.now();
    const findings = boilerplate(text);
    assert.ok(performance.now() - t0 < 5000);
    assert.deepEqual(findings, []);
  });

  it('gives nothing on an empty draft, a draft of blank lines or one line', () => {
    for (const text of ['', '\n\n\r\n', HEADLINE, PARAGRAPHS[0]]) assert.deepEqual(boilerplate(text), []);
  });

  it('reads CRLF drafts as LF ones', () => {
    const text = [HEADLINE, ...PARAGRAPHS, ...GALLERY, ...MORE].join('\n');
    const crlf = text.replace(/\n/g, '\r\n');
    assert.deepEqual(flaggedLines(crlf, boilerplate(crlf)), flaggedLines(text, boilerplate(text)));
  });
});

/** Wraps a paragraph at a fixed width, as plain-text documents (RFCs, mail, manuals) are set. */
function hardWrap(paragraph: string, width = 64): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

describe('boilerplate article finder: documents', () => {
  it('reads a hard-wrapped paragraph as one paragraph of prose, line by line', () => {
    const wrapped = [...PARAGRAPHS, ...MORE].map((p) => hardWrap(p).join('\n'));
    const text = [HEADLINE, 'Home | News | Sport | Weather', ...wrapped, 'Privacy policy', 'Terms of use'].join('\n\n');
    const flagged = flaggedLines(text, boilerplate(text));
    for (const p of wrapped) for (const line of p.split('\n')) assert.ok(!flagged.includes(line), `flagged: ${line}`);
    for (const f of ['Home | News | Sport | Weather', 'Privacy policy', 'Terms of use']) assert.ok(flagged.includes(f), `kept: ${f}`);
    // Every wrapped line is read as good text by its paragraph, not as a short line.
    const draft = readDraft(text);
    for (const e of explainLines(draft.lines))
      if (wrapped.some((p) => p.split('\n').includes(draft.lines[e.index].text))) assert.equal(e.first, 'good', draft.lines[e.index].text);
  });

  it('does not join short lines that carry on no sentence (a column of labels)', () => {
    // Long enough and unfinished like wrapped lines, finished at the end, but each starts a line of its own.
    const labels = [
      'Opening hours and prices for the gardens of the',
      'Museum of the northern region and of the old town',
      'Gardens of the old market hall and of the river.',
    ];
    const text = [HEADLINE, ...labels, ...PARAGRAPHS].join('\n');
    const draft = readDraft(text);
    for (const e of explainLines(draft.lines)) if (labels.includes(draft.lines[e.index].text)) assert.notEqual(e.first, 'good', draft.lines[e.index].text);
  });

  it("carries a long document's sections past the size of its largest, across tables no list names", () => {
    // The first section is the largest block; the sections after it, each past a timetable, add up to more than it.
    const table = (n: number) => ['Route', 'Stop', 'Last bus', ...[1, 2, 3, 4, 5].map((k) => `N${n}${k}  Stop ${k}  23:${10 + k}`)];
    const sections = [
      [...PARAGRAPHS, ...MORE],
      [...table(1), ...PARAGRAPHS.slice(0, 4).map((p) => p.replace('council', 'board'))],
      [...table(2), ...MORE.map((p) => p.replace('company', 'operator'))],
      [...table(3), ...PARAGRAPHS.slice(1).map((p) => p.replace('said', 'added'))],
    ];
    const text = [HEADLINE, 'Home | News | Sport | Weather', ...sections.flat(), 'Privacy policy'].join('\n');
    const flagged = flaggedLines(text, boilerplate(text));
    for (const line of sections.flat().filter((l) => l.length > 40)) assert.ok(!flagged.includes(line), `flagged: ${line}`);
    assert.ok(flagged.includes('Privacy policy'));
  });

  it('carries the story past a long listing of code no list names, but not past as long a run of furniture', () => {
    const listing = Array.from({ length: 30 }, (_, k) => (k % 3 === 0 ? `$ night-bus --route N${k}` : `route N${k}: ${k + 4} stops`));
    const text = [HEADLINE, ...PARAGRAPHS, ...listing, ...MORE.slice(0, 3)].join('\n');
    const flagged = flaggedLines(text, boilerplate(text));
    for (const p of MORE.slice(0, 3)) assert.ok(!flagged.includes(p), `flagged: ${p}`);
    const furniture = Array.from({ length: 30 }, (_, k) => (k % 2 === 0 ? 'Share on Facebook' : 'Advertisement'));
    const other = [HEADLINE, ...PARAGRAPHS, ...furniture, ...MORE.slice(0, 3)].join('\n');
    const draft = readDraft(other);
    for (const e of explainLines(draft.lines)) if (MORE.includes(draft.lines[e.index].text)) assert.equal(e.inMainBody, false, draft.lines[e.index].text);
  });

  it('keeps every part of a story cut by ads, each no larger than its largest, though together they outweigh it', () => {
    const parts = [PARAGRAPHS, MORE, PARAGRAPHS.slice(1).map((p) => p.replace(' the ', ' this ')), MORE.map((p) => p.replace(' the ', ' that '))];
    const text = [
      HEADLINE,
      ...parts.flatMap((p) => [...p, 'Advertisement', 'Share on Facebook', 'Share on Twitter', 'Share by email', 'Print this page', 'Copy link', 'Advertisement']),
    ].join('\n');
    const flagged = flaggedLines(text, boilerplate(text));
    for (const line of parts.flat()) assert.ok(!flagged.includes(line), `flagged: ${line}`);
    assert.ok(flagged.includes('Advertisement'));
  });

  it('never takes a line of a hard-wrapped paragraph without review, though its text alone would be sure', () => {
    const tail = 'document authors. All rights reserved.';
    const wrapped = ['This text may be copied and shared by the council and by the persons named as the', tail];
    const alone = [HEADLINE, ...PARAGRAPHS, tail].join('\n\n');
    const control = boilerplate(alone).find((f) => alone.slice(f.start, f.end) === tail);
    assert.ok(control && !control.fixes[0].review, 'the line alone is a sure deletion');
    const text = [HEADLINE, ...PARAGRAPHS, wrapped.join('\n')].join('\n\n');
    for (const f of boilerplate(text)) if (text.slice(f.start, f.end) === tail) assert.equal(f.fixes[0].review, true);
  });
});
