// Types of floors.mjs (plain ESM run by Node; imported by the unit tests).
export interface Floor {
  id: string;
  label: string;
  limit: number;
  unit: string;
  kind: 'max' | 'min';
}
export const FLOORS: readonly Floor[];
export function verdict(floor: Floor, value: number | null | undefined): 'pass' | 'fail' | 'n/a';
export function mark(result: 'pass' | 'fail' | 'n/a'): string;
export function describeLimit(floor: Floor): string;
