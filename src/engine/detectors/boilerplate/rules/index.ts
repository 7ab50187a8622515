import { ADVERTISING_KIND } from './advertising';
import { AUTHOR_KIND } from './author';
import { BYLINE_KIND } from './byline';
import { CAPTION_KIND } from './caption';
import { COOKIE_KIND } from './cookie';
import { FOOTER_KIND } from './footer';
import { FORM_MESSAGE_KIND } from './form-message';
import type { Kind } from './kind';
import { NAVIGATION_KIND } from './navigation';
import { NEWSLETTER_KIND } from './newsletter';
import { PAGE_TITLE_KIND } from './page-title';
import { PAYWALL_KIND } from './paywall';
import { RELATED_KIND } from './related';
import { SEPARATOR_KIND } from './separator';
import { SOCIAL_KIND } from './social';

export type { Kind } from './kind';

/** User phrases (`boilerplate.extraPhrases`). */
export const CUSTOM_KIND: Kind = { rule: 'boilerplate/custom', label: 'custom phrase' };

/** Every kind, in the order that settles a line that matches the lists of two kinds. */
export const KINDS: readonly Kind[] = [
  FORM_MESSAGE_KIND,
  NEWSLETTER_KIND,
  PAYWALL_KIND,
  COOKIE_KIND,
  ADVERTISING_KIND,
  SOCIAL_KIND,
  RELATED_KIND,
  BYLINE_KIND,
  AUTHOR_KIND,
  CAPTION_KIND,
  FOOTER_KIND,
  SEPARATOR_KIND,
  NAVIGATION_KIND,
  PAGE_TITLE_KIND,
  CUSTOM_KIND,
];

export {
  ADVERTISING_KIND, AUTHOR_KIND, BYLINE_KIND, CAPTION_KIND, COOKIE_KIND, FOOTER_KIND, FORM_MESSAGE_KIND, NAVIGATION_KIND, NEWSLETTER_KIND,
  PAGE_TITLE_KIND, PAYWALL_KIND, RELATED_KIND, SEPARATOR_KIND, SOCIAL_KIND,
};
