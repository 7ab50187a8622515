/**
 * Blocks → the text a draft receives. Two forms:
 *  - `text`: each block a paragraph, paragraphs separated by one blank line,
 *    no markup at all (list items and quotes read as their words);
 *  - `markdown`: headings as `#`, list items as `-` or `1.` (nested by two
 *    spaces a level), block quotes as `>`, preformatted runs fenced, inline
 *    emphasis, code and links kept (links keep their absolute URL: the editor
 *    checking a fact wants the source, and Markdown hides the address from the
 *    read text; relative and script links keep only their words).
 * Consecutive list items stay together (one line apart) so a list reads as
 * one list. Both forms are Unicode-clean: NFC, no-break and other odd spaces
 * made plain spaces, invisible characters (zero-width space, BOM, soft hyphen)
 * and control characters dropped, LF line ends, no trailing spaces, one final
 * line break.
 */
import type { Block } from './blocks';

export type ExtractFormat = 'text' | 'markdown';

const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]/g;
// Zero-width space, word joiner, BOM, soft hyphen, and C0/C1 controls other than the line feed.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/** One line of output text made clean: see the module header. */
export function cleanLine(s: string): string {
  return s.normalize('NFC').replace(ODD_SPACES, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
}

/** A whole block's text made clean, line by line (a preformatted block keeps its indentation). */
function cleanBlock(s: string, pre: boolean): string {
  return s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => (pre ? l.normalize('NFC').replace(ODD_SPACES, ' ').replace(INVISIBLE, '').trimEnd() : cleanLine(l)))
    .filter((l) => pre || l !== '')
    .join('\n');
}

function markdownOf(b: Block): string {
  const body = cleanBlock(b.kind === 'pre' ? b.text : b.markdown, b.kind === 'pre');
  let out: string;
  switch (b.kind) {
    case 'heading':
      out = `${'#'.repeat(b.level ?? 2)} ${body.replace(/\n/g, ' ')}`;
      break;
    case 'item': {
      const indent = '  '.repeat(b.depth ?? 0);
      const marker = b.ordered ? '1.' : '-';
      out = body
        .split('\n')
        .map((l, i) => (i === 0 ? `${indent}${marker} ${l}` : `${indent}${' '.repeat(marker.length + 1)}${l}`))
        .join('\n');
      break;
    }
    case 'pre':
      out = `\`\`\`\n${body.replace(/```/g, '` ` `')}\n\`\`\``;
      break;
    case 'caption':
    case 'paragraph':
      // A line that would open a Markdown construct is escaped.
      out = body
        .split('\n')
        .map((l) => l.replace(/^(#{1,6}\s|>|[-+*]\s|\d+[.)]\s)/, '\\$1'))
        .join(b.kind === 'paragraph' ? '\\\n' : '\n');
      break;
  }
  if (b.quoteDepth > 0) {
    const prefix = '> '.repeat(b.quoteDepth);
    out = out
      .split('\n')
      .map((l) => `${prefix}${l}`.trimEnd())
      .join('\n');
  }
  return out;
}

/** The article as text or Markdown, ending in one line break ('' when there are no blocks). */
export function writeBlocks(blocks: readonly Block[], format: ExtractFormat, title?: string | null): string {
  const parts: string[] = [];
  let previous: Block | undefined;
  const push = (s: string, b?: Block): void => {
    if (s.trim() === '') return;
    const tight = format === 'markdown' && b?.kind === 'item' && previous?.kind === 'item' && b.quoteDepth === previous.quoteDepth;
    if (tight) parts[parts.length - 1] += `\n${s}`;
    else parts.push(s);
    previous = b;
  };
  if (title) {
    const t = cleanLine(title);
    push(format === 'markdown' ? `# ${t}` : t);
  }
  for (const b of blocks) push(format === 'markdown' ? markdownOf(b) : cleanBlock(b.text, b.kind === 'pre'), b);
  return parts.length > 0 ? `${parts.join('\n\n')}\n` : '';
}
