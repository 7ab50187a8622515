/**
 * The quote outline as plain data: speakers in order of first appearance with
 * their quotes, "Unattributed" last, or every quote in order of appearance.
 * Also the document symbols (grouped by speaker). No `vscode` import.
 */
import { type Quote, quoteSheet, UNATTRIBUTED } from '../engine/index';

export type QuoteOrder = 'speaker' | 'appearance';

export interface QuoteNode {
  kind: 'quote';
  id: string;
  /** The first words of the quote. */
  label: string;
  /** "line N" (speaker order) or "line N · Speaker" (appearance order). */
  description: string;
  /** The full quote, in quotation marks. */
  tooltip: string;
  speaker: string | null;
  line: number;
  start: number;
  end: number;
}

export interface SpeakerNode {
  kind: 'speaker';
  id: string;
  label: string;
  /** "N quote(s)". */
  description: string;
  count: number;
  speaker: string | null;
  children: QuoteNode[];
}

export type TreeNode = SpeakerNode | QuoteNode;

/** Words shown as a quote's label. */
export const LABEL_WORDS = 6;

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The first words of a quote, with an ellipsis when there are more. */
export function firstWords(text: string, words = LABEL_WORDS): string {
  const all = squash(text).split(' ').filter(Boolean);
  if (all.length === 0) return '“”';
  const head = all.slice(0, words).join(' ');
  // Keep a long unbroken token (a URL, a run of junk) from filling the view; never split a surrogate pair.
  const chars = Array.from(head);
  const cut = chars.length > 60;
  const label = cut ? chars.slice(0, 60).join('') : head;
  return all.length > words || cut ? `${label}…` : label;
}

function count(n: number): string {
  return `${n} quote${n === 1 ? '' : 's'}`;
}

/** The outline for a draft's quotes (short and scare quotes left out, as on the quote sheet). */
export function buildQuoteTree(text: string, quotes: readonly Quote[], order: QuoteOrder = 'speaker'): TreeNode[] {
  const sheet = quoteSheet(text, quotes);
  const speakerOf = (s: string | null) => s ?? UNATTRIBUTED;
  const quoteNode = (speaker: string | null, q: { text: string; start: number; end: number; line: number }, withSpeaker: boolean): QuoteNode => ({
    kind: 'quote',
    id: `q:${q.start}:${q.end}`,
    label: firstWords(q.text),
    description: withSpeaker ? `line ${q.line} · ${speakerOf(speaker)}` : `line ${q.line}`,
    tooltip: `“${squash(q.text)}”`,
    speaker,
    line: q.line,
    start: q.start,
    end: q.end,
  });
  if (order === 'appearance') {
    return sheet.flatMap((g) => g.quotes.map((q) => quoteNode(g.speaker, q, true))).sort((a, b) => a.start - b.start);
  }
  return sheet.map((g) => ({
    kind: 'speaker',
    id: `s:${g.speaker ?? ''}`,
    label: speakerOf(g.speaker),
    description: count(g.quotes.length),
    count: g.quotes.length,
    speaker: g.speaker,
    children: g.quotes.map((q) => quoteNode(g.speaker, q, false)),
  }));
}

export interface SymbolSpec {
  name: string;
  detail: string;
  /** 'speaker' symbols hold their quotes as children. */
  kind: 'speaker' | 'quote';
  start: number;
  end: number;
  selectionStart: number;
  selectionEnd: number;
  children: SymbolSpec[];
}

/** Quotes as document symbols: one per speaker, spanning their quotes, with a child per quote. */
export function quoteSymbols(text: string, quotes: readonly Quote[]): SymbolSpec[] {
  return buildQuoteTree(text, quotes, 'speaker').map((node) => {
    const s = node as SpeakerNode;
    const children: SymbolSpec[] = s.children.map((q) => ({
      name: q.label,
      detail: q.description,
      kind: 'quote',
      start: q.start,
      end: q.end,
      selectionStart: q.start,
      selectionEnd: q.end,
      children: [],
    }));
    let start = children[0].start;
    let end = children[0].end;
    for (const c of children) {
      if (c.start < start) start = c.start;
      if (c.end > end) end = c.end;
    }
    return {
      name: s.label,
      detail: s.description,
      kind: 'speaker',
      start,
      end,
      selectionStart: children[0].start,
      selectionEnd: children[0].end,
      children,
    };
  });
}

export const REVEAL_QUOTE_COMMAND = 'copydesk.revealQuote';

export interface TreeItemSpec {
  label: string;
  description: string;
  tooltip: string;
  /** Speakers start expanded; quotes have no children. */
  collapsible: 'expanded' | 'none';
  /** Codicon id. */
  icon: string;
  contextValue: 'copydesk.speaker' | 'copydesk.quote';
  id: string;
  command?: { command: string; title: string; arguments: [string, number, number] };
}

/** What the tree shows for a node of the draft at `uri`. */
export function treeItemSpec(node: TreeNode, uri: string): TreeItemSpec {
  if (node.kind === 'speaker') {
    return {
      label: node.label,
      description: node.description,
      tooltip: `${node.label}: ${node.description}`,
      collapsible: 'expanded',
      icon: node.speaker === null ? 'question' : 'person',
      contextValue: 'copydesk.speaker',
      id: `${uri}#${node.id}`,
    };
  }
  return {
    label: node.label,
    description: node.description,
    tooltip: node.tooltip,
    collapsible: 'none',
    icon: 'quote',
    contextValue: 'copydesk.quote',
    id: `${uri}#${node.id}`,
    command: { command: REVEAL_QUOTE_COMMAND, title: 'Reveal quote', arguments: [uri, node.start, node.end] },
  };
}
