import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { check, DEFAULT_MAX_LENGTH } from '../../../src/engine/check';
import { EngineHost, WORKER_RESOURCE_LIMITS, type EngineResult } from '../../../src/extension/engineHost';

const WORKER = path.resolve('dist', 'worker.js');
const SAMPLE = fs.readFileSync(path.join('samples', 'us-russia-spat.txt'), 'utf8');

function recordingInProcess() {
  const calls: string[] = [];
  const engine = (text: string): EngineResult => {
    calls.push(text);
    return check(text);
  };
  return { engine, calls };
}

describe('EngineHost', () => {
  let host: EngineHost | undefined;
  afterEach(() => host?.dispose());

  it('checks short drafts in process', async () => {
    const { engine, calls } = recordingInProcess();
    host = new EngineHost(WORKER, engine, undefined, 1_000_000);
    const result = await host.check(SAMPLE, {}, 'a');
    assert.equal(calls.length, 1);
    assert.deepEqual(result, check(SAMPLE));
  });

  it('checks long drafts in the worker thread, with the same result as in process', async () => {
    assert.ok(fs.existsSync(WORKER), 'dist/worker.js is missing: run `npm run build` first');
    const { engine, calls } = recordingInProcess();
    host = new EngineHost(WORKER, engine, undefined, 100);
    const result = await host.check(SAMPLE, { categories: { boilerplate: false } }, 'a');
    assert.equal(calls.length, 0, 'the in-process engine was not used');
    assert.deepEqual(result, JSON.parse(JSON.stringify(check(SAMPLE, { categories: { boilerplate: false } }))));
  });

  it('keeps one waiting check per document: a newer request replaces the waiting one', async () => {
    const { engine } = recordingInProcess();
    host = new EngineHost(WORKER, engine, undefined, 100);
    const first = host.check(SAMPLE, {}, 'a');
    const second = host.check(`${SAMPLE} second`, {}, 'a');
    const third = host.check(`${SAMPLE} third`, {}, 'a');
    const other = host.check(SAMPLE, {}, 'b');
    const [r1, r2, r3, rb] = await Promise.all([first, second, third, other]);
    assert.ok(r1, 'the running check finishes');
    assert.equal(r2, undefined, 'the replaced waiting check is dropped');
    assert.ok(r3, 'the newest check runs');
    assert.ok(rb, 'other documents are not affected');
  });

  it("starts the worker with its heap limits (so V8 collects a long draft's garbage sooner)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-worker-'));
    const probe = path.join(dir, 'limits.js');
    // A worker that answers every check with its own heap limit.
    fs.writeFileSync(
      probe,
      `const { parentPort } = require('node:worker_threads');
       const v8 = require('node:v8');
       parentPort.on('message', (m) => parentPort.postMessage({ id: m.id, result: { findings: [], quotes: [], errors: [], skipped: String(v8.getHeapStatistics().heap_size_limit) } }));`,
    );
    const { engine, calls } = recordingInProcess();
    host = new EngineHost(probe, engine, undefined, 100);
    const result = await host.check(SAMPLE, {}, 'a');
    assert.equal(calls.length, 0);
    const limitMb = Number(result?.skipped) / (1024 * 1024);
    const { maxOldGenerationSizeMb, maxYoungGenerationSizeMb } = WORKER_RESOURCE_LIMITS;
    assert.ok(limitMb >= maxOldGenerationSizeMb && limitMb <= maxOldGenerationSizeMb + 2 * maxYoungGenerationSizeMb, `worker heap limit ${limitMb} MB`);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("checks a draft at the engine's length limit within the worker's heap limits", async function () {
    this.timeout(60_000);
    assert.ok(fs.existsSync(WORKER), 'dist/worker.js is missing: run `npm run build` first');
    // Both samples over and over, lightly varied: every paragraph repeated, the duplicate detector's worst case.
    const samples = fs.readdirSync('samples').map((f) => fs.readFileSync(path.join('samples', f), 'utf8'));
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < DEFAULT_MAX_LENGTH - 20_000; i++) {
      const part = samples[i % samples.length].replace(/\bthe\b/g, i % 7 ? 'the' : 'thee') + `\n\nPart ${i}.\n\n`;
      parts.push(part);
      length += part.length;
    }
    const text = parts.join('');
    const { engine, calls } = recordingInProcess();
    const log: string[] = [];
    host = new EngineHost(WORKER, engine, (m) => log.push(m), 100);
    const result = await host.check(text, {}, 'a');
    assert.deepEqual(log, [], 'the worker did not fail');
    assert.equal(calls.length, 0, 'checked in the worker, not in process');
    assert.equal(result?.skipped, undefined);
    assert.ok((result?.findings.length ?? 0) > 10_000, `findings: ${result?.findings.length}`);
  });

  it('falls back to checking in process, and logs, when the worker fails', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-worker-'));
    const broken = path.join(dir, 'broken.js');
    fs.writeFileSync(broken, 'throw new Error("worker failed to load")');
    const { engine, calls } = recordingInProcess();
    const log: string[] = [];
    host = new EngineHost(broken, engine, (m) => log.push(m), 100);
    const result = await host.check(SAMPLE, {}, 'a');
    assert.deepEqual(result, check(SAMPLE));
    assert.equal(calls.length, 1);
    assert.match(log.join('\n'), /worker failed to load/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers waiting checks with undefined when disposed', async () => {
    const { engine } = recordingInProcess();
    host = new EngineHost(WORKER, engine, undefined, 100);
    const running = host.check(SAMPLE, {}, 'a');
    const waiting = host.check(`${SAMPLE} x`, {}, 'a');
    host.dispose();
    assert.equal(await waiting, undefined);
    assert.equal(await running, undefined);
    host = undefined;
  });
});
