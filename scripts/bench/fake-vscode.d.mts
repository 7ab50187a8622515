// Types of fake-vscode.mjs (plain ESM run by Node; imported by the unit tests).
// The fake stands in for the whole vscode API, which its callers use as the real
// module: `any` is its honest type.
/* eslint-disable @typescript-eslint/no-explicit-any */
export function tolerant(name?: string): any;
export function event(): any;
export class Disposable {
  constructor(fn?: () => void);
  static from(...items: { dispose?: () => unknown }[]): Disposable;
  dispose(): void;
}
export function fakeDocument(path: string, text: string, languageId?: string): any;
export function createFakeVscode(options?: {
  documents?: unknown[];
  onDiagnostics?: (uri: unknown, diagnostics: unknown[]) => void;
  settings?: Record<string, unknown>;
}): { vscode: any; events: Record<string, any>; collections: any[] };
export function fakeContext(root: string): any;
