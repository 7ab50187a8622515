/**
 * The engine's public data model. Everything here is plain data: no classes,
 * no functions, nothing tied to VS Code. Offsets are UTF-16 code-unit indices
 * into the checked text (JavaScript string indices), the units VS Code uses.
 */

export type Category = 'duplicate' | 'boilerplate' | 'grammar' | 'style' | 'quote';

export const CATEGORIES: readonly Category[] = ['duplicate', 'boilerplate', 'grammar', 'style', 'quote'];

/** Severity names follow VS Code's DiagnosticSeverity. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** Replace `text.slice(start, end)` with `text`. An insertion has start === end. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The obvious fix for its finding (VS Code's `isPreferred`). */
  preferred?: boolean;
  /**
   * Safe to apply without a person looking at it (e.g. on save): a local
   * correction that cannot remove a sentence. Deletions of passages and
   * boilerplate lines are never safe.
   */
  safe?: boolean;
  /**
   * A deletion the checker is not sure of: it may take article text. Bulk
   * removal ("Remove all boilerplate", the command line's `--fix`) never
   * applies it without a person seeing it first.
   */
  review?: boolean;
}

export interface Related {
  start: number;
  end: number;
  message: string;
}

export interface Finding {
  /** Rule id, `category/name`, e.g. `grammar/stray-determiner`. */
  rule: string;
  category: Category;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fixes: Fix[];
  related: Related[];
}

export interface Quote {
  /** The quoted words, without the enclosing quotation marks. */
  text: string;
  /** Range of the quote including its quotation marks. */
  start: number;
  end: number;
  /** The speaker's full name as first introduced (titles stripped), or null. */
  speaker: string | null;
  /** Where the attribution names the speaker in the draft (e.g. "he" or "Tillerson"). */
  speakerStart?: number;
  speakerEnd?: number;
  /**
   * `direct` for a quoted sentence or passage; `partial` for a fragment of
   * someone's words inside a sentence that attributes them (it has that
   * speaker); `short` for unattributed scare quotes and quoted titles or
   * headings (no speaker).
   */
  kind?: 'direct' | 'partial' | 'short';
}

export interface BoilerplateOptions {
  /** Extra phrases that mark a line as boilerplate (plain text, case-insensitive). */
  extraPhrases?: string[];
  /** Phrases that keep a line from being flagged (plain text, case-insensitive). */
  exemptPhrases?: string[];
}

export interface DuplicateOptions {
  /** Similarity (0..1) at or above which two passages count as copies. */
  threshold?: number;
}

export interface CheckOptions {
  /** Turn rules off (`false`) or set their severity, by rule id. */
  rules?: Record<string, boolean | Severity>;
  /** Turn whole categories off. */
  categories?: Partial<Record<Category, boolean>>;
  boilerplate?: BoilerplateOptions;
  duplicate?: DuplicateOptions;
  /** Phrases never reported: a finding whose text equals one of these (case-insensitive) is dropped. */
  ignore?: string[];
  /** Texts longer than this (UTF-16 units) are not checked; `skipped` says why. */
  maxLength?: number;
}

export interface CheckResult {
  findings: Finding[];
  quotes: Quote[];
  /** Set when the text was not checked (e.g. over the size cap), with a one-line reason. */
  skipped?: string;
}

/** What the engine knows about each rule: used for settings, docs links and SARIF. */
export interface RuleMeta {
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** One line, shown in settings and SARIF. */
  description: string;
}
