import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from './run';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'));
}

describe('copydesk command line', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 2 naming a missing path', () => {
    const missing = path.join(dir, 'nope.txt');
    const r = run('check', missing);
    assert.equal(r.code, 2);
    assert.equal(r.err, `copydesk: ${missing}: no such file or folder\n`);
  });

  it('exits 2 for a folder with no drafts in it', () => {
    fs.writeFileSync(path.join(dir, 'image.png'), 'x');
    const r = run('check', dir);
    assert.equal(r.code, 2);
    assert.equal(r.err, `copydesk: ${dir}: no drafts found (looked for .txt, .md, .draft, .story, .article)\n`);
  });

  it('exits 2 for a binary file, with a one-line message, and checks the other files', () => {
    const binary = path.join(dir, 'photo.txt');
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    fs.writeFileSync(path.join(dir, 'story.txt'), 'A clean sentence.\n');
    const r = run('check', dir, '--format', 'json');
    assert.equal(r.code, 2);
    assert.equal(r.err, `copydesk: ${binary}: binary file, not checked\n`);
    assert.deepEqual(
      JSON.parse(r.out).files.map((f: { path: string }) => path.basename(f.path)),
      ['story.txt'],
    );
  });

  it('refuses Latin-1 and UTF-16 text with a message saying what to do', () => {
    const latin1 = path.join(dir, 'latin1.txt');
    fs.writeFileSync(latin1, Buffer.from('Caf\xe9 au lait\n', 'latin1'));
    assert.equal(run('check', latin1).err, `copydesk: ${latin1}: not UTF-8 text (Latin-1 or another encoding?), not checked; convert it to UTF-8\n`);
    const utf16 = path.join(dir, 'utf16.txt');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hi', 'utf16le')]));
    assert.equal(run('check', utf16).err, `copydesk: ${utf16}: UTF-16 text is not supported; save the draft as UTF-8\n`);
  });

  it('exits 2 with usage help on bad usage', () => {
    assert.equal(run().code, 2);
    const unknown = run('lint', 'x');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /^copydesk: unknown command "lint"\nRun `copydesk --help` for usage.\n$/);
    const badFormat = run('check', 'samples', '--format', 'xml');
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.err, /--format xml: expected one of text, json, sarif/);
    assert.match(run('check', 'samples', '--bogus').err, /Unknown option '--bogus'/);
    assert.match(run('check').err, /name at least one file or folder/);
    assert.match(run('check', 'samples', '--disable', 'nonsense').err, /--disable nonsense: no such rule or category/);
  });

  it('exits 0 on a clean draft and prints a summary', () => {
    const file = path.join(dir, 'clean.md');
    fs.writeFileSync(file, 'The council met on Monday.\n');
    const r = run('check', file, '--disable', 'quote');
    assert.equal(r.code, 0);
    assert.equal(r.out, '0 findings in 1 file.\n');
  });

  it('prints the documented JSON contract', () => {
    const r = run('check', 'samples', '--format', 'json');
    const report = JSON.parse(r.out);
    assert.equal(report.version, 1);
    assert.deepEqual(
      report.files.map((f: { path: string }) => f.path),
      ['samples/tillerson-putin-scraped.txt', 'samples/us-russia-spat.txt'].map((p) => path.join(...p.split('/'))),
    );
    for (const file of report.files) {
      assert.deepEqual(Object.keys(file), ['path', 'findings', 'quotes']);
      for (const f of file.findings) {
        assert.deepEqual(Object.keys(f), ['rule', 'category', 'severity', 'message', 'start', 'end', 'line', 'column', 'endLine', 'endColumn', 'fixes', 'related']);
      }
      for (const q of file.quotes) {
        assert.deepEqual(Object.keys(q), ['text', 'start', 'end', 'speaker', 'kind']);
        assert.ok(['direct', 'partial', 'short'].includes(q.kind), q.kind);
      }
    }
  });

  it('prints SARIF 2.1.0 with the rule catalogue', () => {
    const sarif = JSON.parse(run('check', 'samples', '--format', 'sarif').out);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].tool.driver.name, 'Copydesk');
    assert.equal(sarif.runs[0].columnKind, 'utf16CodeUnits');
    assert.ok(Array.isArray(sarif.runs[0].results));
  });

  it('lists the quote sheet as Markdown and JSON', () => {
    const md = run('quotes', path.join('samples', 'us-russia-spat.txt'));
    assert.equal(md.code, 0);
    assert.match(md.out, /^# Quotes in us-russia-spat\.txt\n/);
    const json = JSON.parse(run('quotes', path.join('samples', 'us-russia-spat.txt'), '--format', 'json').out);
    assert.equal(json.version, 1);
    assert.ok(Array.isArray(json.speakers));
    assert.equal(run('quotes', path.join(dir, 'missing.txt')).code, 2);
  });

  it('lists the rules', () => {
    assert.equal(run('rules').code, 0);
  });
});

describe('the bundled dist/cli.js', () => {
  const cli = path.resolve('dist', 'cli.js');

  it('runs as a program with the documented exit codes', () => {
    assert.ok(fs.existsSync(cli), 'dist/cli.js is missing: run `npm run build` first');
    const ok = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
    assert.equal(ok.status, 0);
    assert.match(ok.stdout, /^\d+\.\d+\.\d+/);
    const bad = spawnSync(process.execPath, [cli, 'check', 'no/such/draft.txt'], { encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, 'copydesk: no/such/draft.txt: no such file or folder\n');
    const json = execFileSync(process.execPath, [cli, 'check', 'samples', '--format', 'json'], { encoding: 'utf8' });
    assert.equal(JSON.parse(json).version, 1);
  });

  it('loads dist/engine.js as a CommonJS library', () => {
    // What a CommonJS user of the library does: require() is the point of this test.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engine = require(path.resolve('dist', 'engine.js'));
    assert.equal(typeof engine.check, 'function');
    assert.equal(typeof engine.applyEdits, 'function');
    assert.deepEqual(Object.keys(engine.check('a text')).sort(), ['errors', 'findings', 'quotes']);
  });
});

describe('writing fixed drafts', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const slip = 'The council said the the budget was late.\n';

  it('--fix applies the fixes, keeps FILE.bak and reports what it did', () => {
    const file = path.join(dir, 'story.txt');
    fs.writeFileSync(file, slip);
    const r = run('check', file, '--fix');
    assert.equal(fs.readFileSync(file, 'utf8'), 'The council said the budget was late.\n');
    assert.equal(fs.readFileSync(`${file}.bak`, 'utf8'), slip);
    assert.equal(r.err, `copydesk: ${file}: applied 1 fix\n`);
  });

  it('refuses to write over a read-only draft', () => {
    const file = path.join(dir, 'locked.txt');
    fs.writeFileSync(file, slip);
    fs.chmodSync(file, 0o444);
    const r = run('check', file, '--fix');
    assert.equal(r.code, 2);
    assert.equal(r.err, `copydesk: ${file}: the file is read-only; not written\n`);
    assert.equal(fs.readFileSync(file, 'utf8'), slip);
    assert.equal(fs.existsSync(`${file}.bak`), false);
  });

  it('follows a symbolic link and fixes the file it points to', () => {
    const real = path.join(dir, 'real.txt');
    const link = path.join(dir, 'link.txt');
    fs.writeFileSync(real, slip);
    fs.symlinkSync(real, link);
    run('check', link, '--fix', '--no-backup');
    assert.equal(fs.lstatSync(link).isSymbolicLink(), true);
    assert.equal(fs.readFileSync(real, 'utf8'), 'The council said the budget was late.\n');
  });

  it('reports a temporary path it cannot use in one line, leaving the draft unchanged', () => {
    const file = path.join(dir, 'story.txt');
    fs.writeFileSync(file, slip);
    fs.mkdirSync(path.join(dir, `.story.txt.copydesk-${process.pid}.tmp`));
    const r = run('check', file, '--fix');
    assert.equal(r.code, 2);
    assert.match(r.err, /^copydesk: .*story\.txt: could not write \(EEXIST\); the file is unchanged\n$/);
    assert.equal(fs.readFileSync(file, 'utf8'), slip);
  });
});
