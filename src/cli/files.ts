import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** File extensions searched for when a folder is named on the command line. */
export const DRAFT_EXTENSIONS = ['.txt', '.md', '.draft', '.story', '.article'];

/** A problem with one input path, reported as one line naming the path. */
export class InputError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'InputError';
  }
}

export interface DraftFile {
  path: string;
  text: string;
  /** The file started with a UTF-8 byte-order mark (kept when writing back). */
  bom: boolean;
  /** What the file looked like when read, to refuse writing over a newer version. */
  stamp: { mtimeMs: number; size: number; sha256: string };
}

/** Expand folders (recursively, skipping dot folders and node_modules) into draft files. */
export function findDrafts(inputs: readonly string[]): { files: string[]; errors: InputError[] } {
  const files: string[] = [];
  const errors: InputError[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      errors.push(new InputError(input, 'no such file or folder'));
      continue;
    }
    if (stat.isFile()) {
      files.push(input);
    } else if (stat.isDirectory()) {
      const found = walk(input);
      if (found.length === 0) errors.push(new InputError(input, `no drafts found (looked for ${DRAFT_EXTENSIONS.join(', ')})`));
      files.push(...found);
    } else {
      errors.push(new InputError(input, 'not a file or folder'));
    }
  }
  return { files, errors };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile() && DRAFT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) out.push(full);
  }
  return out;
}

/**
 * Read a draft as text. UTF-8 with or without a byte-order mark and UTF-16
 * with a byte-order mark are read; binary files and text in other encodings
 * are refused with an InputError saying why.
 */
export function readDraftFile(file: string, maxBytes: number): DraftFile {
  let bytes: Buffer;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
    if (stat.size > maxBytes) throw new InputError(file, `${stat.size} bytes is over the ${maxBytes}-byte limit, not checked`);
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const stamp = { mtimeMs: stat.mtimeMs, size: stat.size, sha256: sha256(bytes) };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new InputError(file, 'UTF-16 text is not supported; save the draft as UTF-8');
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.subarray(0, 8192).includes(0)) throw new InputError(file, 'binary file, not checked');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new InputError(file, 'not UTF-8 text (Latin-1 or another encoding?), not checked; convert it to UTF-8');
  }
  return { path: file, text, bom, stamp };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Write fixed text over a draft without risking it: refuse when the file
 * changed since it was read (size, time or content) or is read-only, keep
 * `FILE.bak` (the text this run started from) unless told not to, write a
 * temporary file beside the real file (a symbolic link is followed) and rename
 * it over the original.
 */
export function writeDraftFile(draft: DraftFile, text: string, backup: boolean): void {
  const fail = (reason: string) => new InputError(draft.path, reason);
  let target: string;
  let now: fs.Stats;
  try {
    target = fs.realpathSync(draft.path);
    now = fs.statSync(target);
  } catch (error) {
    throw fail(`cannot read it again before writing (${(error as NodeJS.ErrnoException).code ?? String(error)}); not written`);
  }
  if (now.mtimeMs !== draft.stamp.mtimeMs || now.size !== draft.stamp.size || sha256(fs.readFileSync(target)) !== draft.stamp.sha256) {
    throw fail('changed on disk since it was read; not written');
  }
  if ((now.mode & 0o222) === 0) throw fail('the file is read-only; not written');
  const data = Buffer.from((draft.bom ? '\ufeff' : '') + text, 'utf8');
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.copydesk-${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, data, { mode: now.mode, flag: 'wx' });
    if (backup) fs.copyFileSync(target, `${draft.path}.bak`);
    fs.renameSync(tmp, target);
  } catch (error) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // The temporary path is not ours to remove (e.g. a folder of that name).
    }
    throw fail(`could not write (${(error as NodeJS.ErrnoException).code ?? String(error)}); the file is unchanged`);
  }
}
