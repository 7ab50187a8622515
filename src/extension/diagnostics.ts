/**
 * Findings as VS Code diagnostics, described as plain data so the conversion
 * is tested in plain Node; `vscodeAdapters.ts` builds the VS Code objects.
 */
import { type Finding, LineIndex, primaryFix, ruleDocsUrl, type Severity } from '../engine/index';

/** VS Code's DiagnosticSeverity values. */
export const DIAGNOSTIC_SEVERITY: Readonly<Record<Severity, 0 | 1 | 2 | 3>> = Object.freeze({
  error: 0,
  warning: 1,
  information: 2,
  hint: 3,
});

/** VS Code's DiagnosticTag.Unnecessary. */
export const TAG_UNNECESSARY = 1;

/**
 * A finding marks text that should go (shown faded) when its preferred fix
 * deletes the finding's own text: a boilerplate line, a repeated paragraph or
 * line. A revised passage is not faded: its preferred fix keeps it and deletes
 * the earlier copy.
 */
function marksTextToDelete(finding: Finding): boolean {
  const fix = primaryFix(finding);
  return fix !== undefined && fix.edits.some((e) => e.text === '' && e.start <= finding.start && e.end >= finding.end);
}

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
    tags: marksTextToDelete(finding) ? [TAG_UNNECESSARY] : [],
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
