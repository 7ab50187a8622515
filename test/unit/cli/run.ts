import { main, type Io } from '../../../src/cli/main';

/** Run the command line in process, collecting what it prints. */
export function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = main(argv, io);
  return { code, out, err };
}
