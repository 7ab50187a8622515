// Worker thread of scripts/bench/memory-child.mjs: an editing session of a
// long draft. One createChecker() checks the draft, then each of `edits`
// one-word edits; posts the last finding count and the largest heap used
// after a check (garbage included).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { editOneWord, seededRandom } from './generate.mjs';

const { root, edits, seed } = workerData;
let { text } = workerData;
const engine = createRequire(join(root, 'package.json'))(join(root, 'dist/engine.js'));
const checker = engine.createChecker();
const random = seededRandom(seed);
let findings = checker.check(text).findings.length;
let heapUsedPeak = process.memoryUsage().heapUsed;
for (let i = 0; i < edits; i++) {
  text = editOneWord(text, random).text;
  findings = checker.check(text).findings.length;
  heapUsedPeak = Math.max(heapUsedPeak, process.memoryUsage().heapUsed);
}
parentPort.postMessage({ findings, heapUsedPeak });
