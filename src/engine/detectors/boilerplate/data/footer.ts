import type { KindData } from './types';

/** Copyright lines, legal notices and footer links. */
export const FOOTER: KindData = {
  lines: ['privacy', 'privacy policy', 'privacy notice', 'terms', 'terms of use', 'terms of service', 'terms and conditions', 'terms & conditions', 'legal', 'accessibility', 'cookies', 'imprint', 'corrections', 'contact the newsroom', 'copyright'],
  phrases: [
    'all rights reserved',
    'copyright ©',
    '©',
    'copyright 20',
    'copyright 19',
    '(c) 20',
    'registered trademark',
    'may not be published, broadcast, rewritten',
    'may not be reproduced',
    'constitutes acceptance of our',
    'terms of use',
    'terms of service',
    'privacy policy',
    'user agreement',
    'powered by',
    'a subsidiary of',
    'quotes delayed',
    'market data provided by',
  ],
};
