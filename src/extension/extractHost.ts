/**
 * Runs the web-page extraction (`dist/extract.js`, `extractArticle`) off the
 * extension host's main thread. The extraction parses the whole page
 * (linkedom) and scores it (Readability): a large page takes hundreds of
 * milliseconds, during which the main thread would answer nothing else. So it
 * runs in a worker thread, started on first use (the bundle is most of a
 * megabyte and stays out of activation) and stopped after a minute idle.
 *
 * Jobs run one at a time, in order. A job whose token is cancelled before it
 * starts is dropped; one cancelled while it runs stops the worker (the next
 * job starts a fresh one), so a paste the user gave up on costs nothing
 * more. A job over the time limit stops the worker and fails. When no worker
 * thread can start, the extraction runs in process: slower to the touch, but
 * it works. No `vscode` import: tested in plain Node.
 */
import { Worker } from 'node:worker_threads';

export interface ExtractJob {
  html: string;
  format: 'text' | 'markdown';
  /** Put the page's headline first. */
  title: boolean;
}

/** What `extractArticle` returns (the part the extension reads). */
export interface Extracted {
  text: string;
  title: string | null;
  source: string;
  /** Why the page could not be read (empty, binary, not HTML…), in one line. */
  problem?: string;
}

/** The part of a CancellationToken the host reads. */
export interface CancelSignal {
  readonly isCancellationRequested: boolean;
  onCancellationRequested(listener: () => void): { dispose(): void };
}

export interface ExtractHostOptions {
  /** A job running longer fails and its worker is stopped. */
  timeoutMs?: number;
  /** The worker stops after this long without a job. */
  idleMs?: number;
  /** Skip the worker (where threads cannot start). */
  inProcess?: boolean;
}

export const EXTRACT_TIMEOUT_MS = 30_000;
export const EXTRACT_IDLE_MS = 60_000;
/** A 10 MB page parses into a few hundred megabytes of DOM at most. */
export const EXTRACT_WORKER_LIMITS = { maxOldGenerationSizeMb: 1024 } as const;

// The worker's whole program: load the bundle once, answer each job. Passed
// as source (`eval`), so the extraction needs no second bundle of its own.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
let extract;
parentPort.on('message', (job) => {
  try {
    extract ??= require(workerData.modulePath).extractArticle;
    const r = extract(job.html, { format: job.format, title: job.title });
    parentPort.postMessage({ id: job.id, result: { text: r.text, title: r.title ?? null, source: String(r.source), ...(r.problem ? { problem: String(r.problem) } : {}) } });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String((error && error.message) || error) });
  }
});
`;

interface Pending {
  id: number;
  job: ExtractJob;
  resolve: (r: Extracted | undefined) => void;
  reject: (e: Error) => void;
  signal?: CancelSignal;
  listener?: { dispose(): void };
}

export class ExtractHost {
  private worker: Worker | undefined;
  private running: Pending | undefined;
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private inProcessExtract: ((html: string, options: { format: string; title: boolean }) => Extracted) | undefined;
  private disposed = false;

  /**
   * @param modulePath the extraction bundle (`dist/extract.js`), loaded by the worker on its first job
   * @param log where worker failures are reported
   */
  constructor(
    private readonly modulePath: string,
    private readonly log: (message: string) => void = () => undefined,
    private readonly options: ExtractHostOptions = {},
  ) {}

  /**
   * The article in a page. Resolves to undefined when `signal` is cancelled
   * first; rejects when the extraction fails or runs over the time limit.
   */
  extract(job: ExtractJob, signal?: CancelSignal): Promise<Extracted | undefined> {
    if (this.disposed || signal?.isCancellationRequested) return Promise.resolve(undefined);
    return new Promise((resolve, reject) => {
      const pending: Pending = { id: this.nextId++, job, resolve, reject, signal };
      pending.listener = signal?.onCancellationRequested(() => this.cancel(pending));
      this.queue.push(pending);
      this.pump();
    });
  }

  /** Whether a worker thread is running (for tests and the idle stop). */
  get workerRunning(): boolean {
    return this.worker !== undefined;
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const next = this.queue.shift();
    if (!next) {
      this.scheduleIdleStop();
      return;
    }
    this.clearIdleStop();
    this.running = next;
    const worker = this.options.inProcess ? undefined : this.spawn();
    if (!worker) {
      // Let the caller's await start before the main thread is busy.
      setTimeout(() => this.runInProcess(next), 0);
      return;
    }
    this.timer = setTimeout(() => {
      this.stopWorker();
      this.settle(next, new Error(`the extraction took over ${+(this.timeoutMs / 1000).toFixed(1)} s`));
    }, this.timeoutMs);
    worker.postMessage({ id: next.id, ...next.job });
  }

  private get timeoutMs(): number {
    return this.options.timeoutMs ?? EXTRACT_TIMEOUT_MS;
  }

  private runInProcess(p: Pending): void {
    if (this.running !== p) return;
    try {
      // A path known only at run time, loaded on demand: the bundler must leave this require alone.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      this.inProcessExtract ??= (require(this.modulePath) as { extractArticle: NonNullable<ExtractHost['inProcessExtract']> }).extractArticle;
      const r = this.inProcessExtract(p.job.html, { format: p.job.format, title: p.job.title });
      this.settle(p, { text: r.text, title: r.title ?? null, source: String(r.source), ...(r.problem ? { problem: String(r.problem) } : {}) });
    } catch (error) {
      this.settle(p, error instanceof Error ? error : new Error(String(error)));
    }
  }

  private spawn(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { modulePath: this.modulePath }, resourceLimits: EXTRACT_WORKER_LIMITS });
      worker.on('message', (reply: { id: number; result?: Extracted; error?: string }) => {
        const p = this.running;
        if (!p || p.id !== reply.id || this.worker !== worker) return;
        this.settle(p, reply.result ?? new Error(reply.error ?? 'no result'));
      });
      worker.on('error', (error) => this.workerDied(worker, String(error?.message ?? error)));
      worker.on('exit', (code) => this.workerDied(worker, `the extraction worker stopped (exit code ${code})`));
      worker.unref();
      this.worker = worker;
      return worker;
    } catch (error) {
      this.log(`Copydesk: cannot start a worker thread; extracting web pages in process: ${String(error)}`);
      this.options.inProcess = true;
      return undefined;
    }
  }

  private workerDied(worker: Worker, reason: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.log(`Copydesk: ${reason}`);
    if (this.running) this.settle(this.running, new Error(reason));
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  /** Finish a job (a result, or undefined when cancelled, or an error) and start the next. */
  private settle(p: Pending, outcome: Extracted | undefined | Error): void {
    p.listener?.dispose();
    if (this.running === p) {
      this.running = undefined;
      clearTimeout(this.timer);
    }
    if (outcome instanceof Error) p.reject(outcome);
    else p.resolve(outcome);
    this.pump();
  }

  private cancel(p: Pending): void {
    const queued = this.queue.indexOf(p);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      p.listener?.dispose();
      p.resolve(undefined);
      return;
    }
    if (this.running !== p) return;
    // The worker cannot be interrupted mid-parse: stop it; the next job starts a fresh one.
    if (!this.options.inProcess) this.stopWorker();
    this.settle(p, undefined);
  }

  private scheduleIdleStop(): void {
    this.clearIdleStop();
    if (!this.worker) return;
    this.idleTimer = setTimeout(() => this.stopWorker(), this.options.idleMs ?? EXTRACT_IDLE_MS);
    this.idleTimer.unref?.();
  }

  private clearIdleStop(): void {
    if (this.idleTimer !== undefined) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }

  dispose(): void {
    this.disposed = true;
    this.clearIdleStop();
    clearTimeout(this.timer);
    for (const p of [...this.queue, ...(this.running ? [this.running] : [])]) {
      p.listener?.dispose();
      p.resolve(undefined);
    }
    this.queue.length = 0;
    this.running = undefined;
    this.stopWorker();
  }
}
