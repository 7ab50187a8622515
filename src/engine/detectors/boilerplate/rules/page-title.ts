/**
 * The browser's title of a pasted page at the top of the draft: the headline
 * plus the site's name ("Headline - Site Name", "Headline | Site"). Found from
 * the draft's structure, not by a list: the classifier asks this test of the
 * first line only.
 */
import { clean, lineKey } from '../features';

/** Separators between a page title's headline and the site's name. */
const TITLE_SEPARATORS = [' | ', ' - ', ' : ', ' :: ', ' // '];

/**
 * When a first line reads "Headline - Site Name" (the browser's title of a
 * pasted page), the key of its headline part; otherwise undefined. The site's
 * name is the part after the last separator: one to five words, each
 * capitalised (or a domain such as "nj.com"), so "Storm hits coast - 3 dead"
 * is not taken for a title.
 */
export function pageTitle(text: string): string | undefined {
  const line = clean(text);
  let cut = -1;
  let sepLength = 0;
  for (const sep of TITLE_SEPARATORS) {
    const at = line.lastIndexOf(sep);
    if (at > cut) {
      cut = at;
      sepLength = sep.length;
    }
  }
  if (cut <= 0) return undefined;
  const site = line.slice(cut + sepLength).trim();
  const headline = lineKey(line.slice(0, cut).toLowerCase());
  const siteWords = site.split(' ').filter(Boolean);
  if (siteWords.length < 1 || siteWords.length > 5 || headline.split(' ').length < 3) return undefined;
  const named = siteWords.every((w) => SITE_WORD.test(w)) || DOMAIN.test(site);
  return named ? headline : undefined;
}

const SITE_WORD = /^(?:[\p{Lu}\d]|&$|of$|the$|and$|on$)/u;
const DOMAIN = /^[\w.-]+\.(?:com|net|org|co|uk|ca|in|ie|au|io|news|tv)$/i;
