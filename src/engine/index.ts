/**
 * Copydesk's engine: pure TypeScript, no editor dependency. Bundled as
 * `dist/engine.js` (CommonJS) for other tools and benchmarks.
 */
export { check, DETECTORS, RULES, DEFAULT_MAX_LENGTH, isRuleEnabled } from './check';
export type { CheckError, FullCheckResult } from './check';
export { createChecker } from './incremental';
export type { Checker } from './incremental';
export type { Detector, DetectorContext, QuoteReading } from './detector';
export { applyEdits, compatibleFixes, fixAll, primaryFix, EditError, editsOverlap } from './edits';
export { readDraft, LineIndex } from './draft';
export type { Draft, Line, Paragraph } from './draft';
export * from './types';
export { ruleDocsUrl, ruleAnchor, DOCS_URL } from './docs';
export { quoteSheet, quoteSheetMarkdown, UNATTRIBUTED } from './quotesheet';
export type { SheetQuote, SheetSpeaker } from './quotesheet';
export { deleteLinesEdit, removeAllBoilerplateFix } from './fixes';
export { extractQuotes } from './detectors/quotes';
export { QuoteGuard } from './quote-guard';
export { usableFix, fixAllOfRule, safeFixes, removeAllBoilerplate, boilerplateLabel, fixEverything, applyPrimaryFixes } from './policies';
export type { BoilerplateRemoval, ReviewDeletion } from './policies';
