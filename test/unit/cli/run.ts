import { type CheckDraft, main, type Io } from '../../../src/cli/main';

/** Run the command line in process, collecting what it prints. */
export function run(...argv: string[]): { code: number; out: string; err: string } {
  return runWith(undefined, ...argv);
}

/** Run the command line in process with a stand-in engine (undefined: the real one). */
export function runWith(checkDraft: CheckDraft | undefined, ...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = main(argv, io, checkDraft);
  return { code, out, err };
}
