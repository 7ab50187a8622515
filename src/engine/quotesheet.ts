import { LineIndex } from './draft';
import type { Quote } from './types';

export interface SheetQuote {
  text: string;
  start: number;
  end: number;
  line: number;
}

export interface SheetSpeaker {
  /** null for the quotes no speaker could be found for. */
  speaker: string | null;
  quotes: SheetQuote[];
}

/**
 * Group quotes by speaker: speakers in order of first appearance, each with
 * their quotes in order; unattributed quotes last. Short and scare quotes are
 * left out unless `includeShort` is set.
 */
export function quoteSheet(text: string, quotes: readonly Quote[], includeShort = false): SheetSpeaker[] {
  const index = new LineIndex(text);
  const groups = new Map<string | null, SheetQuote[]>();
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    if (q.kind === 'short' && !includeShort) continue;
    const list = groups.get(q.speaker) ?? [];
    list.push({ text: q.text, start: q.start, end: q.end, line: index.position(q.start).line });
    groups.set(q.speaker, list);
  }
  const named = [...groups].filter(([s]) => s !== null).map(([speaker, qs]) => ({ speaker, quotes: qs }));
  const unattributed = groups.get(null);
  return unattributed ? [...named, { speaker: null, quotes: unattributed }] : named;
}

export const UNATTRIBUTED = 'Unattributed';

/** The quote sheet as Markdown, as the command line prints it and the extension copies it. */
export function quoteSheetMarkdown(title: string, sheet: readonly SheetSpeaker[]): string {
  const out = [`# Quotes in ${title}`, ''];
  if (sheet.length === 0) out.push('No direct quotes.', '');
  for (const group of sheet) {
    const n = group.quotes.length;
    out.push(`## ${group.speaker ?? UNATTRIBUTED} (${n} quote${n === 1 ? '' : 's'})`, '');
    for (const q of group.quotes) out.push(`- line ${q.line}: “${q.text.replace(/\s+/g, ' ').trim()}”`);
    out.push('');
  }
  return out.join('\n');
}
