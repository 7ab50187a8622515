import type { Kind } from './kind';

/**
 * The browser's title of a pasted page at the top of the draft: the headline
 * plus the site's name ("Headline - Site Name", "Headline | Site"). Found from
 * the draft's structure, not by a list.
 */
export const PAGE_TITLE_KIND: Kind = { rule: 'boilerplate/page-title', label: 'page title with the site name' };
