// Types of stats.mjs (plain ESM run by Node; imported by the unit tests).
export interface Summary {
  runs: number;
  median: number;
  p10: number;
  p90: number;
  min: number;
  max: number;
  mad: number;
}
export interface Measured<T> extends Summary {
  times: number[];
  result: T;
}
export interface MeasureOptions {
  warmup?: number;
  warmupMs?: number;
  minRuns?: number;
  maxRuns?: number;
  budgetMs?: number;
  now?: () => number;
}
export function quantile(sorted: readonly number[], q: number): number;
export function median(values: readonly number[]): number;
export function mad(values: readonly number[]): number;
export function summarize(values: readonly number[]): Summary;
export function geomean(values: readonly number[]): number;
export function ratio(a: number | undefined, b: number | undefined): number;
export function countWords(text: string): number;
export function measureSync<T>(fn: () => T, options?: MeasureOptions): Measured<T>;
export function measureAsync<T>(fn: () => Promise<T>, options?: MeasureOptions): Promise<Measured<T>>;
export function formatMs(ms: number | undefined): string;
export function formatRatio(r: number | undefined): string;
export function formatSpread(s: Summary | undefined): string;
export function formatBytes(bytes: number): string;
export function table(header: string[], rows: (string | number)[][], right?: number[]): string;
