/**
 * Input checks, made before any parsing: what cannot be a web page gets a
 * one-line reason instead of an extraction. Each check is a cheap scan of (at
 * most the start of) the string, so a huge or binary input is turned away at
 * once rather than parsed: the parser and Readability take time in proportion
 * to the page, and a paste or a command must never hang on one.
 */

/** Pages longer than this (UTF-16 units, about 5 MB of text) are not read. */
export const MAX_HTML_LENGTH = 5 * 1024 * 1024;

/** How much of the start is sampled for binary content and for markup. */
const SAMPLE = 64 * 1024;

/**
 * Why `input` cannot be extracted, in one line, or undefined when it can:
 * empty, too large, binary (NUL bytes or mostly control characters), or not
 * HTML (no element tag in it at all).
 */
export function extractProblem(input: string): string | undefined {
  if (typeof input !== 'string') return 'the input is not text';
  if (input.trim() === '') return 'the input is empty';
  if (input.length > MAX_HTML_LENGTH)
    return `the page is too large to extract (${(input.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_HTML_LENGTH / 1024 / 1024} MB)`;
  const sample = input.slice(0, SAMPLE);
  if (sample.includes('\u0000')) return 'the input is binary, not HTML (it holds NUL bytes)';
  // eslint-disable-next-line no-control-regex
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  if (controls > sample.length / 20) return 'the input is binary, not HTML (it is mostly control or undecodable characters)';
  if (!/<(?:!doctype\s+html|[a-z][a-z0-9-]*)(?:\s[^<>]*)?\/?>/i.test(input)) return 'the input is not HTML (it has no tags)';
  return undefined;
}
