/**
 * The worker thread that checks long drafts off the extension host's main
 * thread. It keeps one incremental checker per document, so re-checking a
 * long draft after an edit re-analyses only what changed.
 */
import { parentPort } from 'node:worker_threads';
import { DocumentEngines } from './documentEngines';
import type { WorkerMessage, WorkerReply } from './engineHost';

// For tools that start this worker as the extension does (scripts/bench/memory-child.mjs).
export { WORKER_RESOURCE_LIMITS } from './engineHost';

const engines = new DocumentEngines();

parentPort?.on('message', (message: WorkerMessage) => {
  if (message.type === 'forget') {
    engines.forget(message.key);
    return;
  }
  let reply: WorkerReply;
  try {
    reply = { id: message.id, result: engines.check(message.text, message.options, message.key) };
  } catch (error) {
    reply = { id: message.id, error: String((error as Error)?.stack ?? error) };
  }
  parentPort?.postMessage(reply);
});
