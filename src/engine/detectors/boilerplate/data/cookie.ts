import type { KindData } from './types';

/** Cookie and consent banners. */
export const COOKIE: KindData = {
  lines: ['accept', 'accept all', 'accept cookies', 'reject all', 'i accept', 'i agree', 'agree', 'manage cookies', 'cookie settings', 'cookie policy', 'manage preferences', 'privacy settings', 'do not sell my personal information', 'do not sell my info'],
  phrases: [
    'we use cookies',
    'uses cookies',
    'use cookies',
    'use of cookies',
    'this site uses cookies',
    'cookie policy',
    'cookie settings',
    'accept cookies',
    'by continuing to use',
    'by using our site',
    'by using this site',
    'by using this website',
    'you agree to our',
    'you are agreeing to',
    "you're agreeing to",
    'opt-out if you wish',
    'opt out if you wish',
    'tracking technologies',
    'personalized ads',
    'personalised ads',
    'processing of my personal data',
    'data protection rights',
    'do not sell my',
    'privacy preferences',
  ],
};
