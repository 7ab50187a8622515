/**
 * Bad input and data safety at the command line: encodings, binary files, the
 * size cap, empty files, and `--fix` never losing text.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readDraftFile, writeDraftFile } from '../../../src/cli/files';
import { run } from './run';
import { check } from '../../../src/engine/check';
import { fixAll } from '../../../src/engine/edits';

/** Every file in a folder with its bytes, to prove nothing was written. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort()) files[name] = fs.readFileSync(path.join(dir, name)).toString('base64');
  return files;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * A draft with something for every fixing detector: a pasted boilerplate
 * line, a paragraph left in twice, and a repeated word.
 */
const FIXABLE = [
  'Council approves budget',
  '',
  'Sign up for our newsletter',
  '',
  'The city council approved the budget on Monday after a long debate about the the cost of repairs to the old bridge.',
  '',
  '"We had no choice," said Mayor Ana Ruiz, who called the vote a turning point for the city.',
  '',
  'The city council approved the budget on Monday after a long debate about the the cost of repairs to the old bridge.',
  '',
  'Share this article',
  '',
].join('\n');

describe('command line: bad input and data safety', function () {
  this.timeout(30_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-robust-'));
  });
  afterEach(() => {
    fs.chmodSync(dir, 0o755);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads a file with a byte-order mark: the same findings and offsets as without it', () => {
    const plain = path.join(dir, 'plain.txt');
    const bom = path.join(dir, 'bom.txt');
    fs.writeFileSync(plain, FIXABLE);
    fs.writeFileSync(bom, Buffer.concat([BOM, Buffer.from(FIXABLE)]));
    const a = JSON.parse(run('check', plain, '--format', 'json').out).files[0];
    const b = JSON.parse(run('check', bom, '--format', 'json').out).files[0];
    assert.ok(a.findings.length > 0, 'expected findings in the fixture');
    assert.deepEqual(b.findings, a.findings);
    assert.deepEqual(b.quotes, a.quotes);
    // Offsets index the text after the byte-order mark, as the editor shows it.
    for (const f of b.findings) assert.ok(f.end <= FIXABLE.length);
  });

  it('--fix keeps the byte-order mark, writes exactly the fixed text and keeps the original as FILE.bak', () => {
    const file = path.join(dir, 'bom.txt');
    const original = Buffer.concat([BOM, Buffer.from(FIXABLE)]);
    fs.writeFileSync(file, original);
    const r = run('check', file, '--fix');
    const expected = fixAll(FIXABLE, check(FIXABLE).findings).text;
    assert.notEqual(expected, FIXABLE, 'expected the fixture to have fixes');
    assert.match(r.err, /: applied \d+ fix(es)? ?/);
    const written = fs.readFileSync(file);
    assert.deepEqual([...written.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the byte-order mark was dropped');
    assert.equal(written.subarray(3).toString('utf8'), expected);
    assert.deepEqual(fs.readFileSync(`${file}.bak`), original);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['bom.txt', 'bom.txt.bak'], 'a temporary file was left behind');
  });

  it('--fix keeps CRLF line breaks CRLF', () => {
    const file = path.join(dir, 'crlf.txt');
    const crlf = FIXABLE.replace(/\n/g, '\r\n');
    fs.writeFileSync(file, crlf);
    run('check', file, '--fix', '--no-backup');
    const written = fs.readFileSync(file, 'utf8');
    assert.notEqual(written, crlf, 'expected the fixture to have fixes');
    assert.equal(written, fixAll(crlf, check(crlf).findings).text);
    assert.ok(!/(^|[^\r])\n/.test(written), 'a bare LF line break was written into a CRLF draft');
  });

  it('--no-backup writes the fix without FILE.bak and leaves no temporary file', () => {
    const file = path.join(dir, 'story.txt');
    fs.writeFileSync(file, FIXABLE);
    run('check', file, '--fix', '--no-backup');
    assert.notEqual(fs.readFileSync(file, 'utf8'), FIXABLE, 'expected the fixture to have fixes');
    assert.deepEqual(fs.readdirSync(dir), ['story.txt']);
  });

  it('--fix run twice converges and never loses the text the first run kept', () => {
    const file = path.join(dir, 'story.txt');
    fs.writeFileSync(file, FIXABLE);
    run('check', file, '--fix');
    const once = fs.readFileSync(file, 'utf8');
    run('check', file, '--fix');
    const twice = fs.readFileSync(file, 'utf8');
    assert.equal(fixAll(twice, check(twice).findings).text, twice, 'fixes still pending after two runs');
    // Whatever the second run changed, FILE.bak holds the text it started from.
    if (twice !== once) assert.equal(fs.readFileSync(`${file}.bak`, 'utf8'), once);
  });

  for (const [name, bytes, message] of [
    ['Latin-1', Buffer.from('Caf\xe9 au lait, said the the mayor.\n', 'latin1'), 'not UTF-8 text (Latin-1 or another encoding?), not checked; convert it to UTF-8'],
    [
      'UTF-16 LE with a byte-order mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('the the mayor\n', 'utf16le')]),
      'UTF-16 text is not supported; save the draft as UTF-8',
    ],
    [
      'UTF-16 BE with a byte-order mark',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('the the mayor\n', 'utf16le').swap16()]),
      'UTF-16 text is not supported; save the draft as UTF-8',
    ],
    ['UTF-16 LE without a byte-order mark', Buffer.from('the the mayor\n', 'utf16le'), 'binary file, not checked'],
    ['binary (a PNG header)', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary file, not checked'],
    ['binary behind a UTF-8 byte-order mark', Buffer.concat([BOM, Buffer.from([0x41, 0x00, 0x42])]), 'binary file, not checked'],
    ['invalid UTF-8 (a truncated sequence)', Buffer.from([0x41, 0x42, 0xe2, 0x80]), 'not UTF-8 text (Latin-1 or another encoding?), not checked; convert it to UTF-8'],
  ] as const) {
    it(`${name}: a one-line message, exit 2, nothing written even with --fix`, () => {
      const file = path.join(dir, 'draft.txt');
      fs.writeFileSync(file, bytes);
      const before = snapshot(dir);
      const r = run('check', file, '--fix', '--format', 'json');
      assert.equal(r.code, 2);
      assert.equal(r.err, `copydesk: ${file}: ${message}\n`);
      assert.deepEqual(JSON.parse(r.out).files, []);
      assert.deepEqual(snapshot(dir), before);
      const q = run('quotes', file);
      assert.equal(q.code, 2);
      assert.equal(q.err, `copydesk: ${file}: ${message}\n`);
    });
  }

  it('a 10 MB file is skipped by the size cap with a one-line message, in bounded time, nothing written', () => {
    const file = path.join(dir, 'huge.txt');
    fs.writeFileSync(file, 'the the mayor said. '.repeat((10 * 1024 * 1024) / 20));
    const before = snapshot(dir);
    const t0 = performance.now();
    const r = run('check', file, '--fix');
    assert.ok(performance.now() - t0 < 2_000);
    assert.equal(r.code, 2);
    assert.equal(r.err, `copydesk: ${file}: 10485760 bytes is over the 2097152-byte limit, not checked\n`);
    assert.deepEqual(snapshot(dir), before);
  });

  it('an empty file: no findings, exit 0, nothing written; its quote sheet is empty', () => {
    const file = path.join(dir, 'empty.txt');
    fs.writeFileSync(file, '');
    const r = run('check', file, '--fix');
    assert.equal(r.code, 0);
    assert.equal(r.out, '0 findings in 1 file.\n');
    assert.equal(r.err, '');
    assert.deepEqual(fs.readdirSync(dir), ['empty.txt']);
    const q = run('quotes', file, '--format', 'json');
    assert.equal(q.code, 0);
    assert.deepEqual(JSON.parse(q.out).speakers, []);
    const bomOnly = path.join(dir, 'bom-only.txt');
    fs.writeFileSync(bomOnly, BOM);
    assert.equal(run('check', bomOnly, '--fix').code, 0);
    assert.deepEqual(fs.readFileSync(bomOnly), BOM);
  });

  it('refuses to write when the file grew on disk between read and write', () => {
    const file = path.join(dir, 'story.txt');
    fs.writeFileSync(file, FIXABLE);
    const draft = readDraftFile(file, 1 << 20);
    fs.appendFileSync(file, 'A paragraph the reporter added meanwhile.\n');
    const newer = fs.readFileSync(file);
    assert.throws(() => writeDraftFile(draft, 'fixed', true), { name: 'InputError', message: `${file}: changed on disk since it was read; not written` });
    assert.deepEqual(fs.readFileSync(file), newer);
    assert.deepEqual(fs.readdirSync(dir), ['story.txt']);
  });

  it('refuses to write when the file was rewritten at the same size', () => {
    const file = path.join(dir, 'story.txt');
    fs.writeFileSync(file, FIXABLE);
    const draft = readDraftFile(file, 1 << 20);
    const edited = FIXABLE.replace('Monday', 'Sunday');
    fs.writeFileSync(file, edited);
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(file, later, later);
    assert.throws(() => writeDraftFile(draft, 'fixed', true), /changed on disk since it was read; not written/);
    assert.equal(fs.readFileSync(file, 'utf8'), edited);
  });

  it('refuses to write when the file was rewritten at the same size within the same modification time', () => {
    // File systems with coarse timestamps (FAT: 2 s, many network shares: 1 s)
    // give a quick same-size edit the same mtime; the size and mtime stamp
    // cannot see it, and the reporter's edit would be overwritten.
    const file = path.join(dir, 'story.txt');
    fs.writeFileSync(file, FIXABLE);
    const wholeSecond = Math.floor(Date.now() / 1000);
    fs.utimesSync(file, wholeSecond, wholeSecond);
    const draft = readDraftFile(file, 1 << 20);
    const edited = FIXABLE.replace('Monday', 'Sunday');
    fs.writeFileSync(file, edited);
    fs.utimesSync(file, wholeSecond, wholeSecond);
    assert.throws(() => writeDraftFile(draft, 'fixed', true), /changed on disk since it was read; not written/);
    assert.equal(fs.readFileSync(file, 'utf8'), edited);
  });

  it('in a read-only folder, --fix reports one line, exits 2 and leaves the file as it was', () => {
    const file = path.join(dir, 'story.txt');
    fs.writeFileSync(file, FIXABLE, { mode: 0o644 });
    fs.chmodSync(dir, 0o555);
    const isRoot = process.getuid?.() === 0;
    let code: number | null;
    let err: string;
    if (isRoot) {
      // root ignores permissions: run the command line as "nobody" instead.
      const built = path.resolve('dist', 'cli.js');
      assert.ok(fs.existsSync(built), 'dist/cli.js is missing: run `npm run build` first');
      // The checkout may sit in a folder "nobody" cannot enter: run a copy of the (self-contained) bundle from one it can.
      const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-bin-'));
      fs.chmodSync(bin, 0o755);
      const cli = path.join(bin, 'cli.js');
      fs.copyFileSync(built, cli);
      fs.chmodSync(cli, 0o644);
      const child = spawnSync(process.execPath, [cli, 'check', file, '--fix'], { uid: 65534, gid: 65534, encoding: 'utf8', cwd: os.tmpdir() });
      fs.rmSync(bin, { recursive: true, force: true });
      code = child.status;
      err = child.stderr;
    } else {
      const r = run('check', file, '--fix');
      code = r.code;
      err = r.err;
    }
    assert.equal(code, 2);
    assert.equal(err, `copydesk: ${file}: could not write (EACCES); the file is unchanged\n`);
    assert.equal(fs.readFileSync(file, 'utf8'), FIXABLE);
    assert.deepEqual(fs.readdirSync(dir), ['story.txt']);
  });
});
