/**
 * Findings kept between checks (kept index only). A finding depends on some
 * lines of the draft (its copies, the lines its fix reads, a line number its
 * message gives) and on the direct quotes over them (which soften its
 * severity and guard its fixes). After an edit that replaced none of those
 * lines and changed no quote over them, the finding is reused, moved by the
 * edit, instead of being made again. This module keeps what the last edit
 * replaced and where the quotes changed, and answers that question.
 */
import type { Draft } from '../../../draft';
import { movedFrom } from '../../../moved';
import type { Finding, Quote } from '../../../types';
import type { KeptFinding } from './types';

/** The lines an update replaced (old numbering), and the characters they held. */
interface LineChange {
  from: number;
  toOld: number;
  shift: number;
  /** Characters of the replaced lines in the previous text, and the change of length. */
  start: number;
  end: number;
  delta: number;
}

export class KeptFindings {
  /** What the last update replaced; undefined after a build (nothing is reused then). */
  private lines: LineChange | undefined;
  /** Direct quotes of the last check (QuoteIndex's list), and the stretch of the previous text where they changed. */
  private quotes: readonly Quote[] = [];
  private quotesChanged: [number, number] | null = null;

  /** After a build: nothing kept is reused. */
  built(): void {
    this.lines = undefined;
  }

  /** After an update to `draft`: notes the lines it replaced. */
  updated(draft: Draft): void {
    const change = draft.change as NonNullable<Draft['change']>;
    const { lines } = change;
    const previousLines = change.previous.lines;
    this.lines = {
      from: lines.from,
      toOld: lines.toOld,
      shift: lines.toNew - lines.toOld,
      start: lines.from < previousLines.length ? previousLines[lines.from].start : change.previous.text.length,
      end: lines.toOld > lines.from ? previousLines[lines.toOld - 1].breakEnd : change.previous.text.length,
      delta: change.delta,
    };
  }

  /**
   * Takes the quotes of this check and notes where (in the previous text)
   * they differ from the last check's, apart from the shift by the edit.
   */
  noteQuotes(quotes: readonly Quote[]): void {
    const old = this.quotes;
    this.quotes = quotes;
    this.quotesChanged = null;
    const change = this.lines;
    if (!change) return;
    const { start: cs, end: ce, delta } = change;
    let a = 0;
    while (a < old.length && a < quotes.length && old[a].end <= cs && old[a].start === quotes[a].start && old[a].end === quotes[a].end) a++;
    let zo = old.length;
    let zn = quotes.length;
    while (zo > a && zn > a && old[zo - 1].start >= ce && quotes[zn - 1].start === old[zo - 1].start + delta && quotes[zn - 1].end === old[zo - 1].end + delta) {
      zo--;
      zn--;
    }
    if (zo === a && zn === a) return;
    const back = (x: number) => (x < cs ? x : x >= ce + delta ? x - delta : Math.min(Math.max(x, cs), ce));
    let lo = Infinity;
    let hi = -Infinity;
    for (let k = a; k < zo; k++) {
      lo = Math.min(lo, old[k].start);
      hi = Math.max(hi, old[k].end);
    }
    for (let k = a; k < zn; k++) {
      lo = Math.min(lo, back(quotes[k].start));
      hi = Math.max(hi, back(quotes[k].end));
    }
    this.quotesChanged = [lo, hi];
  }

  /**
   * The finding kept from the last check (`epoch - 1`), moved by the edit,
   * when nothing it depends on changed: none of its lines were replaced and
   * no quote over them changed (its copies' words are the caller's to check).
   */
  reuse(kept: KeptFinding | undefined, epoch: number): Finding | undefined {
    const change = this.lines;
    if (!kept || !change || kept.epoch !== epoch - 1) return undefined;
    const { lines, chars } = kept;
    if (change.shift !== 0 && kept.numbered >= change.toOld) return undefined;
    for (let q = 0; q < lines.length; q += 2) if (!(lines[q + 1] < change.from || lines[q] >= change.toOld)) return undefined;
    const quotes = this.quotesChanged;
    if (quotes) for (let q = 0; q < chars.length; q += 2) if (chars[q] <= quotes[1] && chars[q + 1] >= quotes[0]) return undefined;
    for (let q = 0; q < lines.length; q++) if (lines[q] >= change.toOld) lines[q] += change.shift;
    for (let q = 0; q < chars.length; q++) if (chars[q] >= change.end) chars[q] += change.delta;
    kept.finding = movedFrom(kept.finding, change.end, change.delta);
    kept.epoch = epoch;
    return kept.finding;
  }
}

/** `finding`, which depends on the lines `lines` (pairs of first and last line) of `draft`, kept at check `epoch`. */
export function keptFinding(draft: Draft, finding: Finding, lines: number[], numbered: number, epoch: number): KeptFinding {
  const chars: number[] = new Array(lines.length);
  const last = draft.lines.length - 1;
  for (let q = 0; q < lines.length; q += 2) {
    chars[q] = draft.lines[Math.min(last, Math.max(0, lines[q]))].start;
    chars[q + 1] = draft.lines[Math.min(last, Math.max(0, lines[q + 1]))].breakEnd;
  }
  return { epoch, finding, lines, chars, numbered };
}
