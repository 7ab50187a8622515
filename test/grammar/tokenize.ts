/**
 * Tokenises text with the project's TextMate grammars through vscode-textmate
 * and vscode-oniguruma, the libraries VS Code itself uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

/** The project root: the nearest folder up from here with the copydesk package.json. */
export function projectRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'copydesk') return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

export const NEWSDRAFT = 'text.newsdraft';
export const INJECTION = 'text.copydesk.quotes.injection';

/** Stand-ins for the host grammars VS Code ships (plain text has none; Markdown's code spans matter here). */
const HOSTS: Record<string, object> = {
  'text.plain': { scopeName: 'text.plain', patterns: [] },
  'text.html.markdown': {
    scopeName: 'text.html.markdown',
    // As in VS Code's Markdown grammar: paragraphs are begin/end rules with inline rules inside.
    patterns: [
      { name: 'comment.block.html', begin: '<!--', end: '-->' },
      { name: 'meta.paragraph.markdown', begin: '(?=\\S)', end: '$', patterns: [{ name: 'markup.inline.raw.string.markdown', match: '`[^`]*`' }] },
    ],
  },
};

let registry: Promise<vsctm.Registry> | undefined;

function getRegistry(): Promise<vsctm.Registry> {
  registry ??= (async () => {
    const root = projectRoot();
    const wasm = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const contributed: { scopeName: string; path: string; injectTo?: string[] }[] = pkg.contributes.grammars;
    return new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        const entry = contributed.find((g) => g.scopeName === scopeName);
        if (entry) {
          const file = join(root, entry.path);
          return vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file);
        }
        const host = HOSTS[scopeName];
        return host ? vsctm.parseRawGrammar(JSON.stringify(host), `${scopeName}.json`) : null;
      },
      getInjections: (scopeName: string) => contributed.filter((g) => g.injectTo?.includes(scopeName)).map((g) => g.scopeName),
    });
  })();
  return registry;
}

export interface Token {
  text: string;
  scopes: string[];
  line: number;
}

/** Tokens of each line of `text` under the grammar `scopeName`. */
export async function tokenize(scopeName: string, text: string): Promise<Token[]> {
  const grammar = await (await getRegistry()).loadGrammar(scopeName);
  if (!grammar) throw new Error(`no grammar for ${scopeName}`);
  const out: Token[] = [];
  let state = vsctm.INITIAL;
  text.split(/\r\n|\n|\r/).forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    for (const t of result.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes, line: index });
    state = result.ruleStack;
  });
  return out;
}

/** The scopes of the first token whose text is exactly `text`. */
export function scopesOf(tokens: readonly Token[], text: string): string[] {
  const t = tokens.find((x) => x.text === text);
  if (!t) throw new Error(`no token "${text}" in ${JSON.stringify(tokens.map((x) => x.text))}`);
  return t.scopes;
}

/** Whether some token's scopes include a scope starting with `prefix` and its text contains `text`. */
export function hasScope(tokens: readonly Token[], text: string, prefix: string): boolean {
  return tokens.some((t) => t.text.includes(text) && t.scopes.some((s) => s.startsWith(prefix)));
}
