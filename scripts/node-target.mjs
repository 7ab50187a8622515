// The Node version every esbuild bundle targets, derived from package.json
// `engines.node`, the one place it is stated: the products, the tests and the
// scripts that bundle all import it, so raising the floor is one edit there.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const range = pkg.engines?.node;
// Only a plain lower bound (">=20", ">=20.9", ">=20.9.0") names one version to target.
const match = /^>=\s*(\d+(?:\.\d+){0,2})$/.exec(range ?? '');
if (!match) throw new Error(`package.json engines.node is ${JSON.stringify(range)}: expected a lower bound such as ">=20"`);

/** esbuild's `target` for the oldest Node that package.json supports, e.g. `node20`. */
export const NODE_TARGET = `node${match[1]}`;
