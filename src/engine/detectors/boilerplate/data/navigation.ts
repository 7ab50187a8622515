import type { KindData } from './types';

/** Menus, section links and site navigation. */
export const NAVIGATION: KindData = {
  lines: [
    'home', 'homepage', 'menu', 'main menu', 'search', 'search icon', 'open search', 'close search', 'skip to content', 'skip to main content',
    'skip navigation', 'back to top', 'go to top', 'top', 'sections', 'all sections', 'more', 'more sections', 'show more', 'load more',
    'see more', 'view more', 'view all', 'see all', 'next', 'previous', 'prev', 'next article', 'previous article', 'next story',
    'previous story', 'news', 'latest', 'latest news', 'breaking news', 'top stories', 'trending', 'world', 'u.s', 'us', 'national',
    'local', 'politics', 'business', 'economy', 'markets', 'tech', 'technology', 'science', 'health', 'sports', 'sport',
    'entertainment', 'lifestyle', 'life', 'style', 'culture', 'arts', 'books', 'movies', 'music', 'tv', 'television', 'travel',
    'food', 'opinion', 'opinions', 'editorials', 'weather', 'video', 'videos', 'photos', 'gallery', 'podcasts', 'podcast',
    'obituaries', 'real estate', 'jobs', 'careers', 'classifieds', 'shop', 'events', 'about', 'about us', 'contact',
    'contact us', 'help', 'faq', 'sitemap', 'site map', 'channels', 'topics', 'tags', 'categories', 'archives', 'archive',
    'press releases', 'newsroom', 'magazine', 'features', 'reviews', 'all rights reserved', 'live tv', 'watch live', 'listen',
    'toggle navigation', 'navigation', 'close menu', 'open menu', 'edition', 'change region', 'select site', 'select category',
    'select month', 'en', 'english', 'job board', 'got a news tip', 'send us a tip',
  ],
  phrases: ['skip to main content', 'skip to content', 'toggle navigation', 'select month', 'select category', 'you are here', 'back to top'],
};
