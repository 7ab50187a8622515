import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type ExtractIo, type ExtractModule, runExtract } from '../../../src/cli/extract';
import * as extraction from '../../../src/engine/extract/index';
import { ARTICLE, page, PARAGRAPHS } from '../extract/fixtures';
import { run } from './run';

/** `copydesk extract` in process, with the extraction from source (the unit tests have no dist/extract.js beside them). */
function extract(args: string[], stdin?: Buffer, load: () => ExtractModule = () => extraction): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: ExtractIo = { out: (t) => (out += t.endsWith('\n') ? t : `${t}\n`), err: (t) => (err += `${t}\n`), stdin: () => stdin ?? Buffer.alloc(0) };
  const code = runExtract(args, io, load);
  return { code, out, err };
}

describe('copydesk extract', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-extract-'));
    file = path.join(dir, 'page.html');
    fs.writeFileSync(file, page(`<h2>The vote</h2>${ARTICLE}`));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the article as text, exit 0', () => {
    const r = extract([file]);
    assert.equal(r.code, 0);
    assert.equal(r.err, '');
    assert.equal(r.out, `The vote\n\n${PARAGRAPHS.join('\n\n')}\n`);
  });

  it('prints Markdown with --format markdown, the headline first only with --title', () => {
    const r = extract([file, '--format', 'markdown', '--title']);
    assert.equal(r.code, 0);
    assert.ok(r.out.startsWith('# Harbour council votes to rebuild the old pier\n\n## The vote\n\n'));
    assert.ok(extract([file, '--format', 'markdown']).out.startsWith('## The vote\n\n'));
  });

  it('reads standard input with -', () => {
    const r = extract(['-'], Buffer.from(page(ARTICLE)));
    assert.equal(r.code, 0);
    assert.equal(r.out, `${PARAGRAPHS.join('\n\n')}\n`);
  });

  it('reads a page in the encoding it declares, and UTF-16 by its byte-order mark', () => {
    const latin = path.join(dir, 'latin.html');
    fs.writeFileSync(
      latin,
      Buffer.from(page(`${ARTICLE}<p>The caf\xe9 on the pier reopens in May, the owner said.</p>`).replace('charset="utf-8"', 'charset="iso-8859-1"'), 'latin1'),
    );
    assert.match(extract([latin]).out, /The café on the pier reopens in May/);
    const utf16 = path.join(dir, 'utf16.html');
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(ARTICLE), 'utf16le')]));
    assert.equal(extract([utf16]).out, `${PARAGRAPHS.join('\n\n')}\n`);
  });

  it('gives one line on stderr and exit 2 for empty, binary, non-HTML, undecodable or missing input', () => {
    const write = (name: string, data: string | Buffer): string => {
      const p = path.join(dir, name);
      fs.writeFileSync(p, data);
      return p;
    };
    const cases: [string, RegExp][] = [
      [write('empty.html', ''), /: the input is empty$/],
      [write('image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03])), /: binary file, not a web page$/],
      [write('notes.html', 'Just some notes, no markup.\n'), /: the input is not HTML \(it has no tags\)$/],
      [write('scripts.html', '<html><body><script>1</script></body></html>'), /: the page has no readable text$/],
      [write('latin.html', Buffer.from('<p>caf\xe9</p>', 'latin1')), /: not UTF-8 text and it declares no encoding; save the page as UTF-8$/],
      [path.join(dir, 'missing.html'), /: no such file$/],
      [dir, /: a folder, not a page$/],
    ];
    for (const [input, reason] of cases) {
      const r = extract([input]);
      assert.equal(r.code, 2, input);
      assert.equal(r.out, '');
      assert.match(r.err, /^copydesk: [^\n]+\n$/);
      assert.match(r.err.trimEnd(), reason);
    }
    const stdin = extract(['-'], Buffer.alloc(0));
    assert.equal(stdin.err, 'copydesk: standard input: the input is empty\n');
  });

  it('turns a page over the size limit away before reading it', () => {
    const big = path.join(dir, 'big.html');
    fs.writeFileSync(big, Buffer.alloc(extraction.MAX_HTML_LENGTH * 3 + 1, 0x20));
    const r = extract([big]);
    assert.equal(r.code, 2);
    assert.match(r.err, /^copydesk: .*big\.html: the page is too large to extract \(\d+\.\d MB\)\n$/);
  });

  it('exits 2 with usage help on bad usage', () => {
    for (const args of [[], [file, file], [file, '--format', 'html']]) {
      const r = extract(args);
      assert.equal(r.code, 2);
      assert.match(r.err, /\nRun `copydesk --help` for usage\.\n$/);
    }
  });

  it('says so when the extraction bundle cannot be loaded', () => {
    const r = extract([file], undefined, () => {
      throw new Error('Cannot find module extract.js');
    });
    assert.equal(r.code, 2);
    assert.equal(r.err, 'copydesk: the extraction bundle (extract.js) could not be loaded: Cannot find module extract.js\n');
  });

  it('is a command of the command line, documented in --help', () => {
    assert.match(run('--help').out, /copydesk extract PAGE\.html \[--format text\|markdown\] \[--title\]/);
    const r = run('extract');
    assert.equal(r.code, 2);
    assert.match(r.err, /^copydesk: extract: name exactly one web page/);
    assert.equal(run('extract', file, '--bogus').code, 2);
  });
});

describe('the bundled dist/cli.js and dist/extract.js', () => {
  const cli = path.resolve('dist', 'cli.js');
  const bundle = path.resolve('dist', 'extract.js');

  it('extract runs from the built command line, which loads the extraction only then', () => {
    assert.ok(fs.existsSync(cli) && fs.existsSync(bundle), 'dist/ is missing: run `npm run build` first');
    assert.ok(!fs.readFileSync(cli, 'utf8').includes('Readability'), 'the command line bundle does not include the extraction');
    const r = spawnSync(process.execPath, [cli, 'extract', '-'], { input: page(ARTICLE), encoding: 'utf8' });
    assert.equal(r.status, 0);
    assert.equal(r.stdout, `${PARAGRAPHS.join('\n\n')}\n`);
    const bad = spawnSync(process.execPath, [cli, 'extract', '-'], { input: '', encoding: 'utf8' });
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, 'copydesk: standard input: the input is empty\n');
  });

  it('dist/extract.js is a CommonJS library with the extraction API', () => {
    // What the products do: require() the bundle when first needed.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lib = require(bundle);
    assert.equal(typeof lib.extractArticle, 'function');
    assert.equal(typeof lib.extractProblem, 'function');
    assert.equal(lib.extractArticle(page(ARTICLE)).text, `${PARAGRAPHS.join('\n\n')}\n`);
  });
});
