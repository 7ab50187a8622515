import type { Detector } from '../../detector';

export const boilerplateDetector: Detector = {
  name: 'boilerplate',
  rules: [],
  run: () => [],
};
