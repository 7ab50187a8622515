/**
 * One engine per open document, so that each keeps what it can reuse between
 * versions of that document. No `vscode` import.
 */
import { check } from '../engine/check';
import type { CheckOptions } from '../engine/types';
import type { EngineResult } from './engineHost';

export class DocumentEngines {
  check(text: string, options: CheckOptions, _key: string): EngineResult {
    return check(text, options);
  }

  forget(_key: string): void {}
}
