/**
 * `copydesk extract PAGE.html [--format text|markdown] [--title]`: a saved web
 * page's article, printed. `-` reads the page from standard input.
 *
 * The extraction (Readability and linkedom, about half a megabyte) is a bundle
 * of its own, `dist/extract.js`, loaded here only when `extract` runs, so
 * `copydesk check` starts no slower for it. Reading the file is this module's
 * job: the bytes are decoded as the page says (UTF-8, a UTF-16 byte-order
 * mark, or the `<meta charset>` it declares), and anything that cannot be a
 * page (missing, empty, binary, too large, not HTML, no readable text) is one
 * line on stderr and exit code 2, as for `check`'s unreadable input.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { ExtractOptions, ExtractResult } from '../engine/extract/index';

/** What the command needs of the extraction bundle. */
export interface ExtractModule {
  extractArticle(html: string, options?: ExtractOptions): ExtractResult;
  MAX_HTML_LENGTH: number;
}

export interface ExtractIo {
  out(text: string): void;
  err(text: string): void;
  /** Standard input, read whole (`-`). */
  stdin?(): Buffer;
}

/** The extraction bundle beside the command line's own (`dist/extract.js`). */
export function loadExtractBundle(): ExtractModule {
  const file = path.join(__dirname, 'extract.js');
  // A computed path: the bundler leaves it to run time, so the CLI bundle does not include the extraction.
  const load = require;
  return load(file) as ExtractModule;
}

class PageError extends Error {}
class ExtractUsageError extends Error {}

/** Room for a page's bytes: UTF-8 takes up to three bytes a UTF-16 unit for most text. */
const bytesFor = (units: number): number => units * 3;

function readPage(file: string, io: ExtractIo, maxUnits: number): Buffer {
  const name = file === '-' ? 'standard input' : file;
  let bytes: Buffer;
  try {
    if (file === '-') bytes = io.stdin ? io.stdin() : fs.readFileSync(0);
    else {
      const stat = fs.statSync(file);
      if (stat.isDirectory()) throw new PageError(`${name}: a folder, not a page`);
      if (stat.size > bytesFor(maxUnits)) throw new PageError(`${name}: the page is too large to extract (${(stat.size / 1024 / 1024).toFixed(1)} MB)`);
      bytes = fs.readFileSync(file);
    }
  } catch (error) {
    if (error instanceof PageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new PageError(code === 'ENOENT' ? `${name}: no such file` : `${name}: cannot read (${code ?? String(error)})`);
  }
  if (bytes.length > bytesFor(maxUnits)) throw new PageError(`${name}: the page is too large to extract (${(bytes.length / 1024 / 1024).toFixed(1)} MB)`);
  return bytes;
}

/** The encoding a page declares in its first few kilobytes (`<meta charset>` or `content="…; charset=…"`). */
function declaredCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 4096).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w:.-]+)/i.exec(head)?.[1]?.toLowerCase();
}

/** The page's text: UTF-16 by its byte-order mark, else UTF-8, else the declared encoding. */
export function decodePage(bytes: Buffer, name: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) throw new PageError(`${name}: binary file, not a web page`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const charset = declaredCharset(bytes);
    try {
      if (charset && charset !== 'utf-8' && charset !== 'utf8') return new TextDecoder(charset).decode(bytes);
    } catch {
      // An encoding this runtime does not know: said below.
    }
    throw new PageError(`${name}: not UTF-8 text${charset ? ` (it declares ${charset}, which cannot be read)` : ' and it declares no encoding'}; save the page as UTF-8`);
  }
}

/** Runs `copydesk extract ARGS`; returns the exit code (0, or 2 for bad usage or a page that cannot be read). */
export function runExtract(args: string[], io: ExtractIo, load: () => ExtractModule = loadExtractBundle): number {
  try {
    return extract(args, io, load);
  } catch (error) {
    if (!(error instanceof ExtractUsageError)) throw error;
    io.err(`copydesk: ${error.message}\nRun \`copydesk --help\` for usage.`);
    return 2;
  }
}

function extract(args: string[], io: ExtractIo, load: () => ExtractModule): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, title: { type: 'boolean' } },
  });
  if (positionals.length !== 1) throw new ExtractUsageError('extract: name exactly one web page (.html), or - for standard input');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'markdown') throw new ExtractUsageError(`--format ${format}: expected one of text, markdown`);
  const file = positionals[0];
  const name = file === '-' ? 'standard input' : file;
  let extraction: ExtractModule;
  try {
    extraction = load();
  } catch (error) {
    io.err(`copydesk: the extraction bundle (extract.js) could not be loaded: ${String((error as Error).message ?? error).split('\n')[0]}`);
    return 2;
  }
  let result: ExtractResult;
  try {
    const html = decodePage(readPage(file, io, extraction.MAX_HTML_LENGTH), name);
    result = extraction.extractArticle(html, { format, title: values.title === true });
  } catch (error) {
    if (!(error instanceof PageError)) throw error;
    io.err(`copydesk: ${error.message}`);
    return 2;
  }
  if (result.problem || result.text === '') {
    io.err(`copydesk: ${name}: ${result.problem ?? 'the page has no readable text'}`);
    return 2;
  }
  io.out(result.text);
  return 0;
}
