/**
 * Where checks run. Short drafts are checked in the extension host itself (a
 * few milliseconds); long ones in a worker thread, so typing in a book-length
 * manuscript never blocks the extension host. Per document, at most one check
 * runs in the worker and at most one waits: a newer request replaces the
 * waiting one, whose caller gets `undefined` (the CheckScheduler drops it anyway).
 * No `vscode` import: tested in plain Node.
 */
import { Worker } from 'node:worker_threads';
import type { CheckError, CheckOptions, Finding, Quote } from '../engine/index';

export interface EngineResult {
  findings: Finding[];
  quotes: Quote[];
  skipped?: string;
  errors: CheckError[];
}

/** Checks a text; `key` names the document, so an engine may reuse work between its versions. */
export type Engine = (text: string, options: CheckOptions, key: string) => EngineResult | undefined | Promise<EngineResult | undefined>;

/** Drafts longer than this (UTF-16 units, about 35,000 words) are checked in the worker. */
export const WORKER_THRESHOLD = 200_000;

/**
 * The worker's heap limits. V8 lets the old generation grow to some multiple
 * of what survived its last full collection before collecting again: up to
 * four times when the heap limit is high (the default here: 4 GB), less the
 * lower it is. A checker kept for a long draft holds tens of megabytes, and
 * every edit leaves a few behind (the old text, moved findings), so with the
 * default limits an editing session of a 100,000-word draft peaked at ~400 MB
 * (scripts/bench.mjs, editing session), with these at ~175–185 MB, the
 * re-check after an edit as fast. A draft at the engine's length limit
 * (DEFAULT_MAX_LENGTH) is checked within them (tested here, with every
 * paragraph repeated; and a generated 2M-character draft, first check and 30
 * edits). If the worker runs out all the same, it stops and its checks are
 * answered in process (see `fail`).
 */
export const WORKER_RESOURCE_LIMITS = { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 8 } as const;

export interface WorkerRequest {
  type: 'check';
  id: number;
  key: string;
  text: string;
  options: CheckOptions;
}
export interface WorkerForget {
  type: 'forget';
  key: string;
}
export type WorkerMessage = WorkerRequest | WorkerForget;
export interface WorkerReply {
  id: number;
  result?: EngineResult;
  error?: string;
}

interface Job {
  request: WorkerRequest;
  resolve: (r: EngineResult | undefined) => void;
}

export class EngineHost {
  private worker: Worker | undefined;
  private nextId = 1;
  /** Per document: the job in the worker, and the one waiting behind it. */
  private readonly running = new Map<string, Job>();
  private readonly waiting = new Map<string, Job>();
  private readonly byId = new Map<number, Job>();
  private broken = false;

  /**
   * @param workerPath the bundled worker script, or undefined to check everything in process
   * @param inProcess the engine for short drafts (and for all drafts when no worker can start)
   * @param log where worker failures are reported
   */
  constructor(
    private readonly workerPath: string | undefined,
    private readonly inProcess: (text: string, options: CheckOptions, key: string) => EngineResult,
    private readonly log: (message: string) => void = () => undefined,
    private readonly threshold = WORKER_THRESHOLD,
  ) {}

  readonly check: Engine = (text, options, key) => {
    if (text.length < this.threshold || !this.workerPath || this.broken) return this.inProcess(text, options, key);
    return new Promise((resolve) => {
      const job: Job = { request: { type: 'check', id: this.nextId++, key, text, options }, resolve };
      if (this.running.has(key)) {
        this.waiting.get(key)?.resolve(undefined);
        this.waiting.set(key, job);
      } else {
        this.start(job);
      }
    });
  };

  private start(job: Job): void {
    const worker = this.spawn();
    if (!worker) {
      job.resolve(this.inProcess(job.request.text, job.request.options, job.request.key));
      return;
    }
    this.running.set(job.request.key, job);
    this.byId.set(job.request.id, job);
    worker.postMessage(job.request);
  }

  private finish(id: number, result: EngineResult | undefined): void {
    const job = this.byId.get(id);
    if (!job) return;
    this.byId.delete(id);
    const key = job.request.key;
    if (this.running.get(key) === job) this.running.delete(key);
    job.resolve(result);
    const next = this.waiting.get(key);
    if (next) {
      this.waiting.delete(key);
      this.start(next);
    }
  }

  private spawn(): Worker | undefined {
    if (this.worker) return this.worker;
    if (!this.workerPath || this.broken) return undefined;
    try {
      const worker = new Worker(this.workerPath, { resourceLimits: WORKER_RESOURCE_LIMITS });
      worker.on('message', (reply: WorkerReply) => {
        if (reply.error) this.log(`Copydesk worker: ${reply.error}`);
        this.finish(reply.id, reply.result);
      });
      worker.on('error', (error) => this.fail(worker, `the checking worker failed: ${String(error?.stack ?? error)}`));
      worker.on('exit', (code) => this.fail(worker, code === 0 ? undefined : `the checking worker stopped (exit code ${code})`));
      worker.unref();
      this.worker = worker;
      return worker;
    } catch (error) {
      this.broken = true;
      this.log(`Copydesk: cannot start a worker thread, checking long drafts in process: ${String(error)}`);
      return undefined;
    }
  }

  /** The worker died: answer its jobs in process, and start a new worker next time. */
  private fail(worker: Worker, message: string | undefined): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    if (message) this.log(message);
    for (const job of [...this.byId.values()]) {
      this.finish(job.request.id, this.inProcess(job.request.text, job.request.options, job.request.key));
    }
  }

  /** A document closed: drop its waiting check and whatever the engines keep for it. */
  forget(key: string): void {
    this.waiting.get(key)?.resolve(undefined);
    this.waiting.delete(key);
    this.worker?.postMessage({ type: 'forget', key } satisfies WorkerForget);
  }

  dispose(): void {
    for (const job of [...this.waiting.values(), ...this.byId.values()]) job.resolve(undefined);
    this.waiting.clear();
    this.running.clear();
    this.byId.clear();
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }
}
