/**
 * The one place a document is checked: the CheckScheduler decides when a
 * document version is checked (now, or after a pause in typing), shares a
 * check under way and caches its result; the engine's incremental `Checker`
 * (kept per document by documentEngines.ts) does the checking. Pure (no
 * `vscode` import): keyed by document URI string and version. Results computed for an older version, for
 * a closed document or under old settings are dropped. `run` returns a Promise
 * so long drafts can be checked off the main thread (see engineHost.ts).
 */
import type { CheckError, CheckOptions, Finding, Quote } from '../engine/index';
import { DocumentEngines } from './documentEngines';
import type { Engine, EngineResult } from './engineHost';
import { overSizeCap } from './settings';

export interface DocResult {
  version: number;
  findings: Finding[];
  quotes: Quote[];
  /** Set when the document was not checked (over the size cap). */
  skipped?: string;
  errors: CheckError[];
}

export interface CheckSchedulerConfig {
  options: CheckOptions;
  /** Size cap in UTF-8 bytes. */
  maxBytes: number;
}

/** The in-process engine: one incremental checker per document. */
const engines = new DocumentEngines();

export const inProcessEngine = (text: string, options: CheckOptions, key: string): EngineResult => engines.check(text, options, key);

/** Drop what the in-process engine keeps for a closed document. */
export function forgetInProcess(key: string): void {
  engines.forget(key);
}

interface Entry {
  /** Latest version asked for. */
  version: number;
  generation: number;
  result?: DocResult;
  timer?: ReturnType<typeof setTimeout>;
  /** The check under way, shared by identical requests. */
  inflight?: { version: number; generation: number; promise: Promise<DocResult | undefined> };
  /** Resolves the pending debounced request (with undefined when superseded). */
  pending?: (r: DocResult | undefined) => void;
}

export class CheckScheduler {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;

  /**
   * `onResult` is told of every new result kept for the latest version of a
   * document, whoever asked for it (a debounced check, a code-action request,
   * the symbol provider): the one place results are published from.
   */
  constructor(
    private config: CheckSchedulerConfig,
    private readonly engine: Engine = inProcessEngine,
    private readonly onResult: (key: string, result: DocResult) => void = () => undefined,
    private readonly onForget: (key: string) => void = () => undefined,
  ) {}

  private keep(key: string, entry: Entry, result: DocResult): void {
    entry.result = result;
    entry.generation = this.generation;
    this.onResult(key, result);
  }

  /** New settings: every cached result becomes stale. */
  configure(config: CheckSchedulerConfig): void {
    this.config = config;
    this.generation++;
    for (const entry of this.entries.values()) entry.result = undefined;
  }

  private entry(key: string, version: number): Entry {
    let e = this.entries.get(key);
    if (!e) {
      e = { version, generation: this.generation };
      this.entries.set(key, e);
    }
    return e;
  }

  /** Check a text; undefined when the engine dropped the request for a newer one. */
  private async compute(key: string, text: string, version: number): Promise<DocResult | undefined> {
    const { options, maxBytes } = this.config;
    if (overSizeCap(text, maxBytes)) {
      return { version, findings: [], quotes: [], errors: [], skipped: `not checked: the file is over the ${maxBytes}-byte limit (copydesk.maxFileSize)` };
    }
    try {
      const r = await this.engine(text, options, key);
      return r && { version, findings: r.findings, quotes: r.quotes, skipped: r.skipped, errors: r.errors };
    } catch (error) {
      // The engine catches each detector's errors; this is for anything else.
      return { version, findings: [], quotes: [], errors: [{ detector: 'engine', message: String((error as Error)?.stack ?? error) }] };
    }
  }

  private current(key: string, entry: Entry, version: number, generation: number): boolean {
    return this.entries.get(key) === entry && entry.version === version && generation === this.generation;
  }

  /**
   * Check a document version now. Resolves with the result, or with undefined
   * when, by the time it is ready, a newer version was asked for, the document
   * was forgotten (closed) or the settings changed.
   */
  run(key: string, version: number, text: string): Promise<DocResult | undefined> {
    const entry = this.entry(key, version);
    if (version < entry.version) return Promise.resolve(undefined);
    // The engine is deterministic: the same version under the same settings gives the same result.
    const cached = this.peek(key, version);
    if (cached) return Promise.resolve(cached);
    const inflight = entry.inflight;
    if (inflight && inflight.version === version && inflight.generation === this.generation) return inflight.promise;
    // A scheduled check stays scheduled: when its timer fires it is dropped if superseded,
    // or reuses the result kept here.
    entry.version = version;
    const generation = this.generation;
    const promise = this.runEntry(key, entry, version, generation, text);
    entry.inflight = { version, generation, promise };
    const clear = () => {
      if (entry.inflight?.promise === promise) entry.inflight = undefined;
    };
    promise.then(clear, clear);
    return promise;
  }

  private async runEntry(key: string, entry: Entry, version: number, generation: number, text: string): Promise<DocResult | undefined> {
    await Promise.resolve();
    if (!this.current(key, entry, version, generation)) return undefined;
    const cached = this.peek(key, version);
    if (cached) return cached;
    const result = await this.compute(key, text, version);
    if (!result || !this.current(key, entry, version, generation)) return undefined;
    this.keep(key, entry, result);
    return result;
  }

  /**
   * Check a document version after `delayMs` of quiet (typing). A newer
   * request for the same document replaces this one, which resolves undefined.
   */
  schedule(key: string, version: number, getText: () => string, delayMs: number): Promise<DocResult | undefined> {
    const entry = this.entry(key, version);
    if (version < entry.version) return Promise.resolve(undefined);
    this.cancelPending(entry);
    entry.version = version;
    return new Promise((resolve) => {
      entry.pending = resolve;
      entry.timer = setTimeout(
        () => {
          entry.timer = undefined;
          entry.pending = undefined;
          if (this.entries.get(key) !== entry || entry.version !== version) return resolve(undefined);
          this.run(key, version, getText()).then(resolve, () => resolve(undefined));
        },
        Math.max(0, delayMs),
      );
    });
  }

  private cancelPending(entry: Entry): void {
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    entry.timer = undefined;
    const pending = entry.pending;
    entry.pending = undefined;
    pending?.(undefined);
  }

  /** The result for exactly this version under the current settings, without computing one. */
  peek(key: string, version: number): DocResult | undefined {
    const e = this.entries.get(key);
    return e?.result && e.result.version === version && e.generation === this.generation ? e.result : undefined;
  }

  /** The last result kept for a document (any version), if any. */
  lastResult(key: string): DocResult | undefined {
    const e = this.entries.get(key);
    return e?.generation === this.generation ? e.result : undefined;
  }

  /** Document closed: cancel its pending check and drop its results. */
  forget(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.cancelPending(e);
    this.entries.delete(key);
    this.onForget(key);
  }

  dispose(): void {
    for (const key of [...this.entries.keys()]) this.forget(key);
  }
}
