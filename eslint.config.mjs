// ESLint over src/, test/ and scripts/. Besides the recommended JavaScript and
// typescript-eslint rules, three rules carry the architecture, so a change that
// breaks it fails `npm test` instead of waiting for a reviewer to notice:
//   - the products (src/extension, src/cli) reach the engine only through
//     its public surfaces: src/engine/index.ts, and src/engine/extract/index.ts
//     for the web-page extraction (a bundle of its own, loaded on demand);
//   - the engine imports neither `vscode` nor Node's built-in modules (nor uses
//     Node's globals): it must also run in a browser;
//   - no import cycles, type-only imports included: a module that needs
//     another's types cannot be read or changed apart from it either
//     (import-x/no-cycle skips `import type`, hence the small rule below).
// Formatting is Prettier's job (.prettierrc.json), so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import tseslint from 'typescript-eslint';

/** Relative imports of a file on disk, resolved to paths; re-read when the file changes. */
const importsOnDisk = new Map();
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
function resolveRelative(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return [base, `${base}.ts`, `${base}.mts`, `${base}/index.ts`, base.replace(/\.(m?)js$/, '.$1ts')].find(isFile);
}
function importsOf(path) {
  const { mtimeMs } = statSync(path);
  const known = importsOnDisk.get(path);
  if (known?.mtimeMs === mtimeMs) return known.imports;
  const { importedFiles } = ts.preProcessFile(readFileSync(path, 'utf8'), true, true);
  const imports = importedFiles.map((f) => resolveRelative(path, f.fileName)).filter(Boolean);
  importsOnDisk.set(path, { mtimeMs, imports });
  return imports;
}
/** The shortest chain of imports from `start` back to `file`, or undefined. */
function chainBack(start, file) {
  const previous = new Map([[start, undefined]]);
  for (let queue = [start]; queue.length > 0;) {
    const next = [];
    for (const path of queue) {
      for (const target of importsOf(path)) {
        if (target === file) {
          const chain = [];
          for (let p = path; p !== undefined; p = previous.get(p)) chain.unshift(p);
          return chain;
        }
        if (!previous.has(target)) {
          previous.set(target, path);
          next.push(target);
        }
      }
    }
    queue = next;
  }
  return undefined;
}
const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Relative imports, type-only ones included, form no cycle.' },
    schema: [],
    messages: { cycle: 'Import cycle: {{chain}}.' },
  },
  create(context) {
    const file = context.physicalFilename;
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string') return;
      const target = resolveRelative(file, specifier);
      if (target === undefined || target === file) return;
      const chain = chainBack(target, file);
      if (chain === undefined) return;
      const name = (path) => relative(process.cwd(), path);
      context.report({ node, messageId: 'cycle', data: { chain: [file, ...chain, file].map(name).join(' → ') } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default defineConfig(
  { ignores: ['dist/', 'out/', '.cache/', 'node_modules/', 'eval/', '**/*.generated.ts'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    plugins: { 'import-x': importX, copydesk: { rules: { 'no-import-cycle': noImportCycle } } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import-x/extensions': ['.ts', '.mts', '.js', '.mjs'],
    },
    rules: {
      'copydesk/no-import-cycle': 'error',
      // Unused arguments named `_x` are kept on purpose (a callback's shape);
      // `const { a, ...rest } = x` names `a` to leave it out of `rest`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // `catch {}` is how best-effort clean-up says "nothing to do"; other empty blocks are slips.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // The scripts and the tests run in Node; scripts/ is plain JavaScript modules.
    files: ['scripts/**', 'test/**', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.mocha } },
  },
  {
    // The engine is the library behind both products and, later, a web build.
    files: ['src/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'The engine knows nothing of the editor: pass what it needs as an argument.' }],
        },
      ],
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global', 'setImmediate'].map((name) => ({
          name,
          message: 'The engine must run in a browser too: no Node globals.',
        })),
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/engine',
              from: ['./src/extension', './src/cli'],
              message: 'The engine never depends on a product.',
            },
          ],
        },
      ],
    },
  },
  {
    // The products see the engine through its public surface only.
    files: ['src/extension/**', 'src/cli/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: ['./src/extension', './src/cli'],
              from: './src/engine',
              // The extraction is a second entry point: bundled apart (dist/extract.js) and loaded on demand.
              except: ['./index.ts', './extract/index.ts'],
              message: 'Import the engine through src/engine/index.ts or src/engine/extract/index.ts (export what is missing there).',
            },
            { target: './src/cli', from: './src/extension', message: 'The command line does not depend on the extension.' },
            { target: './src/extension', from: './src/cli', message: 'The extension does not depend on the command line.' },
          ],
        },
      ],
    },
  },
);
