import type { Detector } from '../../detector';

export const duplicateDetector: Detector = {
  name: 'duplicate',
  rules: [],
  run: () => [],
};
