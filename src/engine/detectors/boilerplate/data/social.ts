import type { KindData } from './types';

/** Social-media and sharing buttons. */
export const SOCIAL: KindData = {
  lines: ['share', 'shares', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter', 'tweet', 'facebook', 'twitter', 'instagram', 'linkedin', 'pinterest', 'whatsapp', 'reddit', 'flipboard', 'youtube', 'tumblr', 'snapchat', 'tiktok', 'email', 'e-mail', 'print', 'copy link', 'copy', 'link copied', 'comments', 'comment', 'follow', 'follow us', 'like', 'rss', 'messenger', 'sms'],
  phrases: [
    'share on facebook',
    'share on twitter',
    'share on linkedin',
    'share via email',
    'share this article',
    'share this story',
    'click to share',
    'opens in new window',
    'opens in a new window',
    'follow us on',
    'follow us',
    'like us on facebook',
    'join the conversation',
    'view comments',
    'show comments',
    'leave a comment',
    'post a comment',
    'add a comment',
    'comments are closed',
    'be the first to comment',
  ],
};
