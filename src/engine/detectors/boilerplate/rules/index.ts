/**
 * The boilerplate rules as one table: one row per kind of page furniture (its
 * rule id, its name in messages, its phrase lists from ../data/, the longest
 * line its phrases count in, and any test of its own), in the order that
 * settles a line matching the lists of two kinds. Most kinds are their lists
 * alone; the few with logic of their own keep it in a file beside this one
 * (byline and date lines, separator lines, the page title).
 */
import { ADVERTISING } from '../data/advertising';
import { AUTHOR } from '../data/author';
import { BYLINE } from '../data/byline';
import { CAPTION } from '../data/caption';
import { COOKIE } from '../data/cookie';
import { FOOTER } from '../data/footer';
import { FORM_MESSAGE } from '../data/form-message';
import { NAVIGATION } from '../data/navigation';
import { NEWSLETTER } from '../data/newsletter';
import { PAYWALL } from '../data/paywall';
import { RELATED } from '../data/related';
import { SOCIAL } from '../data/social';
import { isBylineOrDate } from './byline';
import type { Kind } from './kind';
import { isSeparator } from './separator';

export type { Kind } from './kind';

const TABLE = [
  { rule: 'boilerplate/form-message', label: 'form message', data: FORM_MESSAGE },
  { rule: 'boilerplate/newsletter', label: 'newsletter sign-up', data: NEWSLETTER },
  { rule: 'boilerplate/paywall', label: 'subscription prompt', data: PAYWALL },
  { rule: 'boilerplate/cookie', label: 'cookie or consent notice', data: COOKIE },
  { rule: 'boilerplate/advertising', label: 'advertising', data: ADVERTISING },
  { rule: 'boilerplate/social', label: 'social or sharing link', data: SOCIAL },
  { rule: 'boilerplate/related', label: 'related-stories list', data: RELATED },
  { rule: 'boilerplate/byline', label: 'byline or timestamp', data: BYLINE, maxWords: 12, match: isBylineOrDate },
  // Author boxes and wire credits ("Reporting by ...; Editing by ..."): not part of the story's text.
  { rule: 'boilerplate/author', label: 'author note or credit', data: AUTHOR, maxWords: 60 },
  { rule: 'boilerplate/caption', label: 'photo credit or caption furniture', data: CAPTION },
  { rule: 'boilerplate/footer', label: 'copyright or footer', data: FOOTER },
  { rule: 'boilerplate/separator', label: 'separator line', match: isSeparator },
  { rule: 'boilerplate/navigation', label: 'navigation or menu', data: NAVIGATION },
  // Found from the draft's structure, not by a list: see ./page-title.ts.
  { rule: 'boilerplate/page-title', label: 'page title with the site name' },
  // User phrases (`boilerplate.extraPhrases`).
  { rule: 'boilerplate/custom', label: 'custom phrase' },
] as const satisfies readonly Kind[];

/** Every kind, in the order that settles a line that matches the lists of two kinds. */
export const KINDS: readonly Kind[] = TABLE;

/** A rule id of the table. */
type KindRule = (typeof TABLE)[number]['rule'];

/** The row of `rule` (the type admits only the table's ids). */
function kindOf(rule: KindRule): Kind {
  const kind = KINDS.find((k) => k.rule === rule);
  if (!kind) throw new Error(`no boilerplate rule ${rule}`);
  return kind;
}

// The kinds the classifier names (the same objects as the table's rows).
export const BYLINE_KIND = kindOf('boilerplate/byline');
export const CUSTOM_KIND = kindOf('boilerplate/custom');
export const NAVIGATION_KIND = kindOf('boilerplate/navigation');
export const PAGE_TITLE_KIND = kindOf('boilerplate/page-title');
export const RELATED_KIND = kindOf('boilerplate/related');
export const SEPARATOR_KIND = kindOf('boilerplate/separator');
