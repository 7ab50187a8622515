/**
 * One incremental checker per open document, so that re-checking a draft
 * after an edit re-analyses only the paragraphs the edit touched (see
 * src/engine/incremental.ts). No `vscode` import.
 */
import { type Checker, type CheckOptions, createChecker } from '../engine/index';
import type { EngineResult } from './engineHost';

export class DocumentEngines {
  private readonly checkers = new Map<string, Checker>();

  /** `create` makes a document's checker (tests count them). */
  constructor(private readonly create: () => Checker = createChecker) {}

  check(text: string, options: CheckOptions, key: string): EngineResult {
    let checker = this.checkers.get(key);
    if (!checker) {
      checker = this.create();
      this.checkers.set(key, checker);
    }
    return checker.check(text, options);
  }

  /** A document closed: drop what its checker keeps. */
  forget(key: string): void {
    this.checkers.delete(key);
  }
}
