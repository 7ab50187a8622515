import { type Finding, LineIndex, primaryFix, type Quote, ruleDocsUrl, type RuleMeta, type Severity } from '../engine/index';

/** One checked (or skipped) file, as reported. */
export interface FileReport {
  path: string;
  text: string;
  findings: Finding[];
  quotes: Quote[];
  /** Why the file was not checked, when it was not. */
  skipped?: string;
}

/** The JSON contract, version 1 (documented in the README; keep it stable). */
export function toJson(reports: readonly FileReport[]): string {
  return JSON.stringify(
    {
      version: 1,
      files: reports.map((r) => {
        const index = new LineIndex(r.text);
        const entry: Record<string, unknown> = {
          path: r.path,
          findings: r.findings.map((f) => {
            const s = index.position(f.start);
            const e = index.position(f.end);
            return {
              rule: f.rule,
              category: f.category,
              severity: f.severity,
              message: f.message,
              start: f.start,
              end: f.end,
              line: s.line,
              column: s.column,
              endLine: e.line,
              endColumn: e.column,
              fixes: f.fixes.map((x) => ({
                title: x.title,
                edits: x.edits.map(({ start, end, text }) => ({ start, end, text })),
                ...(x.review ? { review: true } : {}),
              })),
              related: f.related.map(({ start, end, message }) => ({ start, end, message })),
            };
          }),
          quotes: r.quotes.map((q) => ({ text: q.text, start: q.start, end: q.end, speaker: q.speaker, kind: q.kind ?? 'direct' })),
        };
        if (r.skipped) entry.skipped = r.skipped;
        return entry;
      }),
    },
    null,
    2,
  );
}

/** Compiler-style lines, `path:line:column: severity message [rule]`, and a summary. */
export function toText(reports: readonly FileReport[]): string {
  const out: string[] = [];
  let total = 0;
  for (const r of reports) {
    if (r.skipped) {
      out.push(`${r.path}: ${r.skipped}`);
      continue;
    }
    const index = new LineIndex(r.text);
    for (const f of r.findings) {
      const { line, column } = index.position(f.start);
      const excerpt = r.text.slice(f.start, Math.min(f.end, f.start + 60)).replace(/\s+/g, ' ');
      const more = f.end - f.start > 60 ? '…' : '';
      out.push(`${r.path}:${line}:${column}: ${f.severity} ${f.message} [${f.rule}]`);
      const fix = primaryFix(f);
      out.push(`    “${excerpt}${more}”${fix ? `  fix: ${fix.title}` : ''}`);
    }
    total += r.findings.length;
  }
  const files = reports.filter((r) => !r.skipped).length;
  out.push(`${total} finding${total === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`);
  return out.join('\n');
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0, with columns in UTF-16 code units and fixes as replacements. */
export function toSarif(reports: readonly FileReport[], rules: readonly RuleMeta[], version: string): string {
  const uri = (p: string) => p.split('\\').join('/');
  const results = reports.flatMap((r) => {
    const index = new LineIndex(r.text);
    const region = (start: number, end: number) => {
      const s = index.position(start);
      const e = index.position(end);
      return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column, charOffset: start, charLength: end - start };
    };
    const location = (start: number, end: number) => ({ physicalLocation: { artifactLocation: { uri: uri(r.path) }, region: region(start, end) } });
    return r.findings.map((f) => ({
      ruleId: f.rule,
      level: SARIF_LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(f.start, f.end)],
      relatedLocations: f.related.map((rel, id) => ({ id, message: { text: rel.message }, ...location(rel.start, rel.end) })),
      fixes: f.fixes.map((fix) => ({
        description: { text: fix.title },
        artifactChanges: [
          {
            artifactLocation: { uri: uri(r.path) },
            replacements: fix.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.text } })),
          },
        ],
      })),
    }));
  });
  return JSON.stringify(
    {
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'Copydesk',
              version,
              informationUri: ruleDocsUrl('').replace(/#$/, ''),
              rules: rules.map((rule) => ({
                id: rule.id,
                shortDescription: { text: rule.description },
                helpUri: ruleDocsUrl(rule.id),
                defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
                properties: { category: rule.category },
              })),
            },
          },
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    },
    null,
    2,
  );
}
