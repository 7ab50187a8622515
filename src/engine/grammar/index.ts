import type { Detector } from '../detector';

export const grammarDetector: Detector = {
  name: 'grammar',
  rules: [],
  run: () => [],
};
