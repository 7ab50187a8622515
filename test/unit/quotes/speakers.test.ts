import assert from 'node:assert/strict';
import { quotes, speakers, speakerTexts } from './helpers';

describe('quote speakers', () => {
  it('"X said" after the quote', () => {
    assert.deepEqual(speakers('“We are ready,” Smith said.'), ['Smith']);
  });

  it('"said X" after the quote, with a descriptor before the name', () => {
    assert.deepEqual(speakers('“We are ready,” said Jane Smith.'), ['Jane Smith']);
    assert.deepEqual(speakers('“We are ready,” said planetary geologist Rosa Lopez of the agency.'), ['Rosa Lopez']);
  });

  it('"X told reporters", "X added", "X wrote"', () => {
    assert.deepEqual(speakers('Ann Lee told reporters: “No comment.” “We will see,” Lee added. “It is done,” Lee wrote.'), ['Ann Lee', 'Ann Lee', 'Ann Lee']);
  });

  it('"according to X"', () => {
    assert.deepEqual(speakers('“Prices will rise,” according to Mark Ruiz, an economist.'), ['Mark Ruiz']);
  });

  it('"X was quoted saying that"', () => {
    assert.deepEqual(speakers('Later, Bo Chen was quoted saying that “this had created mistrust.”'), ['Bo Chen']);
  });

  it('"X said he\'d told Y relations "…"": the subject of "said", not Y', () => {
    assert.deepEqual(speakers('Tom Hale said he\'d told Putin relations "are at a low point" today.'), ['Tom Hale']);
  });

  it('strips titles and gives later short forms the full name as first introduced', () => {
    const text = 'Secretary of State Rex Tillerson met reporters. “It was useful,” Tillerson said. “Very,” said Mr. Tillerson.';
    assert.deepEqual(speakers(text), ['Rex Tillerson', 'Rex Tillerson']);
    assert.deepEqual(speakerTexts(text), ['Tillerson', 'Tillerson']);
  });

  it('resolves "he"/"she" to the latest fitting person who spoke', () => {
    const text = 'Maria Lopez spoke first. Her husband, Juan Perez, said he was tired. “We walked all night,” she said. “I am fine,” he said.';
    assert.deepEqual(speakers(text), ['Maria Lopez', 'Juan Perez']);
  });

  it('"the president" stands for the person introduced with that title', () => {
    assert.deepEqual(speakers('President Donald Trump spoke on Monday. The president said China “is going to have to make a deal.”'), ['Donald Trump']);
  });

  it('continues the speaker into the next paragraph and after a mid-sentence attribution', () => {
    const text = '“It was hard,” Lopez said. “We lost.”\n\n“Next year we will win.”\n\n“A,” said Kim Ode, “and B.”';
    assert.deepEqual(speakers(text), ['Lopez', 'Lopez', 'Lopez', 'Kim Ode', 'Kim Ode']);
  });

  it('an unnamed speaker is null but attributed; no speaker at all is null', () => {
    assert.deepEqual(speakers('“It is over,” a spokesman said.\n\nThe weather was fine.\n\n“Nobody knows who said this at all.”'), [null, null]);
  });

  it('does not take an object of a preposition or a place for the speaker', () => {
    const text = 'Since then, Kay Moss, while speaking at the Southeast Asian Nations Regional Forum said, “We talked.”';
    assert.deepEqual(speakers(text), ['Kay Moss']);
  });

  it('skips appositives back to the subject', () => {
    const text = 'Omar Lamrani, a senior analyst at Stratfor, the Texas-based firm, told the paper that the group was “fairly secular.”';
    assert.deepEqual(speakers(text), ['Omar Lamrani']);
  });

  it('a descriptor that is all title is kept as written', () => {
    const text = 'Russia’s Foreign Secretary issued a statement saying that he told Tillerson the U.S. “pulls back from confrontation.”';
    assert.deepEqual(speakers(text), ['Russia’s Foreign Secretary']);
    assert.deepEqual(speakerTexts(text), ['Russia’s Foreign Secretary']);
  });

  it('a descriptor with commas before the name: "chairman, CEO and president Craig Menear said"', () => {
    assert.deepEqual(speakers('“Sales were below our expectations,” chairman, CEO and president Craig Menear said.'), ['Craig Menear']);
  });

  it('a lone title names nobody: "one neo-bank CEO told me"', () => {
    assert.deepEqual(speakers('“Money is pain for most people,” one neo-bank CEO told me.'), [null]);
  });

  it('a verb-looking noun does not attribute: "the order books", "his repeated claims"', () => {
    const text = 'The order books open with the “edition one” trim. His repeated claims of “no memory” were odd.';
    assert.deepEqual(
      quotes(text).map((q) => `${q.kind} ${q.speaker}`),
      ['short null', 'short null'],
    );
  });

  it('speaker ranges lie inside the text', () => {
    for (const q of quotes('“We are ready,” Smith said. “Go,” he said.')) {
      assert.ok(q.speakerStart !== undefined && q.speakerEnd !== undefined && q.speakerStart < q.speakerEnd);
    }
  });
});
