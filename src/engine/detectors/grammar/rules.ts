import type { RuleMeta } from '../../types';

export const GRAMMAR_RULES: readonly RuleMeta[] = [
  { id: 'grammar/repeated-word', category: 'grammar', defaultSeverity: 'warning', description: 'A word written twice in a row ("the the").' },
  { id: 'grammar/stray-determiner', category: 'grammar', defaultSeverity: 'warning', description: '"the" left before a verb that has its own object ("and the seized two compounds").' },
  { id: 'grammar/uncountable-article', category: 'grammar', defaultSeverity: 'warning', description: '"a" or "an" before a mass noun ("signed a legislation").' },
  { id: 'grammar/article-sound', category: 'grammar', defaultSeverity: 'warning', description: '"a" before a vowel sound or "an" before a consonant sound ("a hour", "an union").' },
  { id: 'grammar/fixed-phrase', category: 'grammar', defaultSeverity: 'warning', description: 'A wrong word in a set phrase ("at odds from", "quoted saying").' },
  { id: 'style/inconsistent-form', category: 'style', defaultSeverity: 'warning', description: 'The same word written two ways in one draft ("tight lipped" and "tight-lipped", "US" and "U.S.").' },
  { id: 'grammar/unclosed-appositive', category: 'grammar', defaultSeverity: 'information', description: 'An appositive opened with a comma but not closed before the verb.' },
];

export const RULE_META: ReadonlyMap<string, RuleMeta> = new Map(GRAMMAR_RULES.map((r) => [r.id, r]));
