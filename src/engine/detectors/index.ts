/**
 * The detectors, in the order their findings are reported for the same
 * offset. A new concern becomes a folder beside these four and one line here.
 */
import type { Detector } from '../detector';
import { boilerplateDetector } from './boilerplate';
import { duplicateDetector } from './duplicate';
import { grammarDetector } from './grammar';
import { quoteDetector } from './quotes';

export const DETECTORS: readonly Detector[] = [quoteDetector, duplicateDetector, boilerplateDetector, grammarDetector];
