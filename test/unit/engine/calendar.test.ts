import assert from 'node:assert/strict';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from '../../../src/engine/data/calendar';
import { MONTHS as DATELINE_MONTHS } from '../../../src/engine/detectors/boilerplate/data/byline';
import { TIME_NAMES } from '../../../src/engine/detectors/quotes/data/clause-words';

describe('calendar word lists', () => {
  it('hold the seven days and twelve months, in order, lower case and once each', () => {
    assert.deepEqual(
      WEEKDAYS.map((d) => d.slice(0, 3)),
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    );
    assert.equal(MONTHS.length, 12);
    assert.equal(MONTHS[8], 'september');
    for (const list of [WEEKDAYS, WEEKDAY_ABBREVIATIONS, MONTHS, MONTH_ABBREVIATIONS]) {
      assert.equal(new Set(list).size, list.length);
      for (const w of list) assert.match(w, /^[a-z]+$/);
    }
  });

  it('abbreviate each day and each month but May by its first letters', () => {
    assert.deepEqual(
      WEEKDAY_ABBREVIATIONS,
      WEEKDAYS.map((d) => d.slice(0, 3)),
    );
    for (const a of MONTH_ABBREVIATIONS)
      assert.ok(
        MONTHS.some((m) => m !== a && m.startsWith(a)),
        a,
      );
    assert.deepEqual(
      [...new Set(MONTH_ABBREVIATIONS.map((a) => a.slice(0, 3)))],
      MONTHS.filter((m) => m !== 'may').map((m) => m.slice(0, 3)),
    );
  });

  it('is what the detectors read: dateline months with their abbreviations, every day and month as a time name', () => {
    assert.deepEqual(DATELINE_MONTHS, [...MONTHS, ...MONTH_ABBREVIATIONS]);
    for (const w of [...WEEKDAYS, ...MONTHS]) assert.ok(TIME_NAMES.has(w), w);
  });
});
