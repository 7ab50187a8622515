/**
 * Findings as VS Code diagnostics, described as plain data so the conversion
 * is tested in plain Node; `vscodeAdapters.ts` builds the VS Code objects.
 */
import { ruleDocsUrl } from '../engine/docs';
import { LineIndex } from '../engine/draft';
import type { Category, Finding, Severity } from '../engine/types';

/** VS Code's DiagnosticSeverity values. */
export const DIAGNOSTIC_SEVERITY: Readonly<Record<Severity, 0 | 1 | 2 | 3>> = Object.freeze({
  error: 0,
  warning: 1,
  information: 2,
  hint: 3,
});

/** VS Code's DiagnosticTag.Unnecessary. */
export const TAG_UNNECESSARY = 1;

/** Categories whose findings mark text that should go: shown faded. */
const UNNECESSARY: ReadonlySet<Category> = new Set<Category>(['duplicate', 'boilerplate']);

export const DIAGNOSTIC_SOURCE = 'copydesk';

export interface DiagnosticSpec {
  start: number;
  end: number;
  message: string;
  severity: 0 | 1 | 2 | 3;
  source: string;
  code: { value: string; target: string };
  tags: number[];
  related: { start: number; end: number; message: string }[];
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(length, Number.isFinite(offset) ? Math.floor(offset) : 0));
}

export function toDiagnosticSpec(finding: Finding, textLength: number): DiagnosticSpec {
  const start = clamp(finding.start, textLength);
  const end = Math.max(start, clamp(finding.end, textLength));
  return {
    start,
    end,
    message: finding.message,
    severity: DIAGNOSTIC_SEVERITY[finding.severity] ?? DIAGNOSTIC_SEVERITY.warning,
    source: DIAGNOSTIC_SOURCE,
    code: { value: finding.rule, target: ruleDocsUrl(finding.rule) },
    tags: UNNECESSARY.has(finding.category) ? [TAG_UNNECESSARY] : [],
    related: finding.related.map((r) => {
      const rs = clamp(r.start, textLength);
      return { start: rs, end: Math.max(rs, clamp(r.end, textLength)), message: r.message };
    }),
  };
}

export interface Position0 {
  line: number;
  character: number;
}

/**
 * Offset → zero-based line and character, as VS Code counts them (LF, CRLF
 * and CR all end a line). For documents that are not open in an editor.
 */
export function positionAtFor(text: string): (offset: number) => Position0 {
  const index = new LineIndex(text);
  return (offset) => {
    const p = index.position(clamp(offset, text.length));
    return { line: p.line - 1, character: p.column - 1 };
  };
}
