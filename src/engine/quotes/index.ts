import type { Detector } from '../detector';
import type { Draft } from '../draft';
import type { Quote } from '../types';

export function extractQuotes(_draft: Draft): Quote[] {
  return [];
}

export const quoteDetector: Detector = {
  name: 'quote',
  rules: [],
  run: () => [],
};
