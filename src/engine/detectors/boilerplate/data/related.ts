import type { KindData } from './types';

/** Headers and markers of related-story lists. */
export const RELATED: KindData = {
  lines: [
    'related', 'related stories', 'related articles', 'related content', 'related news', 'related coverage', 'related posts',
    'related topics', 'more stories', 'more news', 'more from', 'more on this', 'more on this story', 'more in', 'more like this',
    'you may also like', 'you might also like', 'recommended', 'recommended for you', 'recommended stories', 'read next', 'up next',
    'what to read next', 'most popular', 'most read', 'most viewed', 'popular', 'popular stories', 'trending now', 'trending stories',
    "editor's picks", 'editors picks', 'also read', 'see also', 'read more', 'read this next', 'top picks', "don't miss",
    'speed read', 'the explainer', 'further reading', 'in case you missed it', 'recent posts', 'latest stories', 'latest videos',
  ],
  phrases: [
    'you may also like',
    'you might also like',
    'recommended for you',
    'also on ',
    'read more:',
    'also read:',
    'related:',
    'more from ',
    'more stories from',
    'most popular',
    'this article is related to',
    'this story has been shared',
  ],
};
