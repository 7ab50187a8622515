/**
 * The shared reading of a draft that every detector starts from: its lines and
 * paragraphs with their offsets. Line breaks may be LF, CRLF or CR; offsets
 * always index the text as given, so CRLF drafts get ranges that VS Code and
 * the command line can use unchanged.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Line extends Span {
  /** Zero-based line number. */
  index: number;
  /** End of the line including its line break. */
  breakEnd: number;
  text: string;
  blank: boolean;
}

export interface Paragraph extends Span {
  index: number;
  /** Indices into `lines` of the first and last line. */
  firstLine: number;
  lastLine: number;
  /** The paragraph's text; hard-wrapped lines keep their line breaks. */
  text: string;
}

export interface Draft {
  text: string;
  lines: Line[];
  paragraphs: Paragraph[];
}

const LINE_BREAK = /\r\n|\n|\r/g;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    const lineText = text.slice(start, m.index);
    lines.push({ index: lines.length, start, end: m.index, breakEnd: m.index + m[0].length, text: lineText, blank: isBlank(lineText) });
    start = m.index + m[0].length;
  }
  const last = text.slice(start);
  lines.push({ index: lines.length, start, end: text.length, breakEnd: text.length, text: last, blank: isBlank(last) });
  return lines;
}

function isBlank(s: string): boolean {
  return !/[^\s\u200b\u200c\u200d\ufeff]/.test(s);
}

/**
 * A line continues the previous one (hard wrapping) when the previous line
 * does not end a sentence and this one starts in lower case.
 */
function continuesPrevious(prev: Line, line: Line): boolean {
  return !/[.!?:;"”’)\]]\s*$/.test(prev.text) && /^\s*[a-z]/.test(line.text);
}

export function splitParagraphs(text: string, lines: Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let open: { first: number; last: number } | undefined;
  const close = () => {
    if (!open) return;
    const first = lines[open.first];
    const last = lines[open.last];
    const leading = first.text.length - first.text.trimStart().length;
    const trailing = last.text.length - last.text.trimEnd().length;
    const start = first.start + leading;
    const end = last.end - trailing;
    paragraphs.push({ index: paragraphs.length, start, end, firstLine: open.first, lastLine: open.last, text: text.slice(start, end) });
    open = undefined;
  };
  for (const line of lines) {
    if (line.blank) {
      close();
    } else if (open && continuesPrevious(lines[open.last], line)) {
      open.last = line.index;
    } else {
      close();
      open = { first: line.index, last: line.index };
    }
  }
  close();
  return paragraphs;
}

export function readDraft(text: string): Draft {
  const lines = splitLines(text);
  return { text, lines, paragraphs: splitParagraphs(text, lines) };
}

/** Maps offsets to 1-based line and column (UTF-16 units), CRLF-aware. */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    this.starts = splitLines(text).map((l) => l.start);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}
