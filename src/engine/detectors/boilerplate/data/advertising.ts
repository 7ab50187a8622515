import type { KindData } from './types';

/** Advertisement labels, sponsored content and affiliate notices. */
export const ADVERTISING: KindData = {
  lines: ['advertisement', 'advertisements', 'advertising', 'advertise', 'advertise with us', 'ad', 'ads', 'sponsored', 'sponsored content', 'sponsored links', 'sponsored stories', 'paid content', 'paid post', 'promoted', 'promoted content', 'partner content', 'from our partners', 'ad choices', 'adchoices', 'skip ad', 'scroll to continue', 'story continues below', 'article continues below', 'continue reading below', 'shop now', 'buy now', 'deals'],
  phrases: [
    'advertisement',
    'sponsored by',
    'sponsored content',
    'paid content',
    'story continues below',
    'article continues below',
    'continues below advertisement',
    'we may earn a commission',
    'may earn an affiliate commission',
    'affiliate advertising program',
    'affiliate links',
    'amazon services llc associates program',
    'ad choices',
    'report this ad',
    'close ad',
  ],
};
