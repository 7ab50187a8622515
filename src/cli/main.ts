import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  applyPrimaryFixes,
  CATEGORIES,
  type Category,
  check,
  type CheckOptions,
  DEFAULT_MAX_LENGTH,
  type Finding,
  type FullCheckResult,
  quoteSheet,
  quoteSheetMarkdown,
  RULES,
  SEVERITIES,
  type Severity,
} from '../engine/index';
import { runExtract } from './extract';
import { findDrafts, InputError, readDraftFile, writeDraftFile } from './files';
import { type FileReport, toJson, toSarif, toText } from './format';

declare const COPYDESK_VERSION: string;
const VERSION = typeof COPYDESK_VERSION === 'string' ? COPYDESK_VERSION : '0.0.0-dev';

export const USAGE = `Usage:
  copydesk check PATH... [options]   check drafts (files, or folders searched for ${'.txt .md .draft .story .article'})
  copydesk quotes FILE [--format markdown|json]   print the quote sheet: who said what
  copydesk rules                      list the rules
  copydesk extract PAGE.html [--format text|markdown] [--title]
                                      print a saved web page's article (- reads stdin;
                                      --title puts the headline first)

Options for check:
  --format text|json|sarif   output format (default text)
  --fix                      apply the fixes and write the files (keeps FILE.bak); boilerplate
                             lines the checker is not sure of are left for review
  --no-backup                with --fix, do not keep FILE.bak
  --fail-on error|warning|information|hint
                             exit 1 when a finding is at least this severe (default error)
  --disable RULE|CATEGORY    turn a rule or a whole category off (repeatable)
  --severity RULE=LEVEL      set a rule's severity (repeatable)
  --boilerplate-phrase TEXT  also treat lines containing TEXT as boilerplate (repeatable)
  --exempt-phrase TEXT       never flag lines containing TEXT as boilerplate (repeatable)
  --max-size BYTES           skip files larger than this (default ${DEFAULT_MAX_LENGTH})

Exit codes: 0 no finding at the --fail-on level, 1 such findings, 2 bad usage or unreadable input.`;

class UsageError extends Error {}

/** How `check` checks a draft: the engine's `check` (tests give findings of their own). */
export type CheckDraft = (text: string, options: CheckOptions) => FullCheckResult;

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

function optionsFrom(values: Record<string, unknown>): CheckOptions {
  const options: CheckOptions = { rules: {}, categories: {} };
  for (const name of (values.disable as string[] | undefined) ?? []) {
    if ((CATEGORIES as readonly string[]).includes(name)) options.categories![name as Category] = false;
    else if (RULES.some((r) => r.id === name)) options.rules![name] = false;
    else throw new UsageError(`--disable ${name}: no such rule or category (see \`copydesk rules\`)`);
  }
  for (const pair of (values.severity as string[] | undefined) ?? []) {
    const [rule, level] = pair.split('=');
    if (!RULES.some((r) => r.id === rule)) throw new UsageError(`--severity ${pair}: no such rule (see \`copydesk rules\`)`);
    if (!(SEVERITIES as readonly string[]).includes(level)) throw new UsageError(`--severity ${pair}: level must be one of ${SEVERITIES.join(', ')}`);
    options.rules![rule] = level as Severity;
  }
  options.boilerplate = {
    extraPhrases: (values['boilerplate-phrase'] as string[] | undefined) ?? [],
    exemptPhrases: (values['exempt-phrase'] as string[] | undefined) ?? [],
  };
  return options;
}

function parseMaxSize(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_LENGTH;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--max-size ${String(value)}: expected a positive whole number of bytes`);
  return n;
}

function oneOf<T extends string>(flag: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw new UsageError(`${flag} ${String(value)}: expected one of ${allowed.join(', ')}`);
}

/** The `--fix` summary's note on the deletions it left for a person ("left 3 boilerplate lines for review: …"), or "" when none. */
export function leftForReview(findings: readonly Finding[]): string {
  if (findings.length === 0) return '';
  const lines = findings.filter((f) => f.category === 'boilerplate').length;
  const others = findings.length - lines;
  const parts = [lines ? `${lines} boilerplate line${lines === 1 ? '' : 's'}` : '', others ? `${others} deletion${others === 1 ? '' : 's'}` : ''].filter(Boolean);
  return `left ${parts.join(' and ')} for review: ${findings.length === 1 ? 'it' : 'they'} may be article text (see the findings)`;
}

function runCheck(args: string[], io: Io, checkDraft: CheckDraft): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      fix: { type: 'boolean' },
      'no-backup': { type: 'boolean' },
      'fail-on': { type: 'string' },
      disable: { type: 'string', multiple: true },
      severity: { type: 'string', multiple: true },
      'boilerplate-phrase': { type: 'string', multiple: true },
      'exempt-phrase': { type: 'string', multiple: true },
      'max-size': { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError('check: name at least one file or folder');
  const format = oneOf('--format', values.format, ['text', 'json', 'sarif'] as const, 'text');
  const failOn = oneOf('--fail-on', values['fail-on'], SEVERITIES, 'error');
  const maxSize = parseMaxSize(values['max-size']);
  const options = { ...optionsFrom(values), maxLength: maxSize };

  const { files, errors } = findDrafts(positionals);
  let inputProblems = errors.length;
  for (const e of errors) io.err(`copydesk: ${e.message}`);

  const reports: FileReport[] = [];
  for (const file of files) {
    let draft;
    try {
      draft = readDraftFile(file, maxSize);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.err(`copydesk: ${error.message}`);
      inputProblems++;
      continue;
    }
    const result = checkDraft(draft.text, options);
    for (const e of result.errors) io.err(`copydesk: ${file}: internal error in ${e.detector} (other rules still ran): ${e.message.split('\n')[0]}`);
    if (result.skipped) io.err(`copydesk: ${file}: ${result.skipped}`);
    reports.push({ path: file, text: draft.text, findings: result.findings, quotes: result.quotes, skipped: result.skipped });
    if (values.fix && result.findings.length > 0) {
      // Every finding's primary fix, except any that would change a quote's words or that the checker is not sure of.
      const fixed = applyPrimaryFixes(draft.text, result.findings, result.quotes);
      const left = leftForReview(fixed.review);
      if (fixed.text !== draft.text) {
        try {
          writeDraftFile(draft, fixed.text, !values['no-backup']);
          io.err(
            `copydesk: ${file}: applied ${fixed.applied} fix${fixed.applied === 1 ? '' : 'es'}${fixed.skipped ? ` (${fixed.skipped} skipped: they overlapped another fix; run again)` : ''}${left ? `; ${left}` : ''}`,
          );
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          io.err(`copydesk: ${error.message}`);
          inputProblems++;
        }
      } else if (left) {
        io.err(`copydesk: ${file}: applied no fix; ${left}`);
      }
    }
  }

  if (format === 'json') io.out(toJson(reports));
  else if (format === 'sarif') io.out(toSarif(reports, RULES, VERSION));
  else io.out(toText(reports));

  if (inputProblems > 0) return 2;
  const threshold = SEVERITIES.indexOf(failOn);
  const failing = reports.some((r) => r.findings.some((f) => SEVERITIES.indexOf(f.severity) <= threshold));
  return failing ? 1 : 0;
}

function runQuotes(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('quotes: name exactly one draft file');
  const format = oneOf('--format', values.format, ['markdown', 'json'] as const, 'markdown');
  let draft;
  try {
    draft = readDraftFile(positionals[0], DEFAULT_MAX_LENGTH);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.err(`copydesk: ${error.message}`);
    return 2;
  }
  const result = check(draft.text, { categories: { duplicate: false, boilerplate: false, grammar: false, style: false } });
  const sheet = quoteSheet(draft.text, result.quotes);
  if (format === 'json') {
    io.out(JSON.stringify({ version: 1, path: draft.path, speakers: sheet }, null, 2));
  } else {
    io.out(quoteSheetMarkdown(path.basename(draft.path), sheet));
  }
  return 0;
}

function runRules(io: Io): number {
  for (const rule of RULES) io.out(`${rule.id.padEnd(32)} ${rule.defaultSeverity.padEnd(12)} ${rule.description}`);
  return 0;
}

/** Run the command line with the given arguments; returns the exit code. */
export function main(argv: string[], io: Io = processIo, checkDraft: CheckDraft = check): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return runCheck(rest, io, checkDraft);
      case 'quotes':
        return runQuotes(rest, io);
      case 'rules':
        return runRules(io);
      case 'extract':
        return runExtract(rest, io);
      case '--version':
      case '-v':
        io.out(VERSION);
        return 0;
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    const known = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    if (!known) throw error;
    io.err(`copydesk: ${(error as Error).message}\nRun \`copydesk --help\` for usage.`);
    return 2;
  }
}
