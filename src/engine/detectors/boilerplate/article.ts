/**
 * The article finder: where the story stands in a pasted page, read as a
 * sequence of blocks. Lines of content (prose by their own features and their
 * neighbours') are joined into blocks while few other lines stand between
 * them; the block with the most words of story (more after a repeat of the
 * headline, less when it reads as a teaser stream, a comment thread or a copy
 * of another block) is the seed. Then the blocks on either side are read in
 * turn, nearest first: one that is written like the story (finished sentences
 * in the third person, paragraphs that follow one another, text not seen
 * before) continues it, across whatever gallery, embedded post, list or widget
 * stands between; the first that is not (a stream of headline + summary pairs,
 * readers' comments, a copy of the story's text) ends the story on that side.
 *
 * The result is one span of non-blank lines: the lines between its blocks are
 * inside the article, where only plain furniture is flagged (see classify.ts).
 * Linear in the number of lines, but for the copy test, which compares a few
 * lines of each block with the few huge lines that can hold a whole story.
 */
import type { LineFeatures } from './features';

/** What the finder reads of a non-blank line. */
export interface BlockLine {
  f: LineFeatures;
  /** A line of story by its features and context (classify.ts decides). */
  content: boolean;
  /** A short finished sentence: it neither joins nor separates blocks. */
  sentence: boolean;
  /** Furniture that closes a story ("More from", an author's box, a footer): only a plain run of paragraphs crosses it. */
  stop: boolean;
  /** A byline or a date: below the story, the head of another story or of a comment. */
  dated: boolean;
  /** Named by a phrase list or a kind's test (separators aside: code and rules are not furniture by themselves). */
  listed: boolean;
  /** The line's text stands elsewhere in the draft too. */
  repeated: boolean;
}

interface Block {
  from: number;
  to: number;
  /** Words of content, readers' first person counted for a quarter. */
  words: number;
  /** Content lines, those with a content line right before or after them, and those in the first person. */
  lines: number;
  joined: number;
  firstPerson: number;
  /** Content lines that end unfinished (no full stop) in title case: headlines more than paragraphs or list items. */
  unfinished: number;
  /** Lines between its content lines that frame comments: dates, "Reply", "12 comments". */
  commentMarks: number;
  /** Content lines standing alone right under a headline of their own (a teaser's summary). */
  headed: number;
  /** Starts right after a repeat of the headline. */
  afterHeadline: boolean;
}

/** The most other lines between two content lines of one block. */
const MAX_GAP = 6;
/** A block of content starting right after the headline is repeated counts this many times over. */
const AFTER_HEADLINE = 3;
/** The most non-blank lines of furniture between the story and a block that continues it. */
const MAX_BRIDGE = 20;
/** The most lines no list names (code, a table, a figure) between the story and a block that continues it. */
const MAX_CLEAN_BRIDGE = 80;
/** So few lines between two blocks (a link, a caption) that the second is read as more of the story, whatever its length. */
const TIGHT_BRIDGE = 2;
/** The most lines of furniture a lone paragraph is still read across. */
const SHORT_BRIDGE = 8;
/** The most huge lines a draft may have for the copy test to read them. */
const MAX_HUGE_LINES = 4;
/** A single line this long may hold a copy of the whole story (a page's description or data). */
const HUGE_LINE_WORDS = 150;

function blocksOf(lines: readonly BlockLine[], headline: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let gap = 0;
  let pendingBonus = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (i > 0 && headline && line.f.key === headline) {
      current = undefined;
      pendingBonus = true;
      continue;
    }
    // "More from ...", an author's box, a footer, the head of the comments: what follows is read as a block of its own.
    if (line.stop || isCommentHead(line.f)) {
      current = undefined;
      continue;
    }
    // A line that stands twice in the draft (a teaser's headline, a copied paragraph) is no evidence of story.
    if (line.content && !line.repeated) {
      if (!current || gap > MAX_GAP) {
        current = { from: i, to: i, words: 0, lines: 0, joined: 0, firstPerson: 0, unfinished: 0, headed: 0, commentMarks: 0, afterHeadline: pendingBonus };
        blocks.push(current);
        pendingBonus = false;
      }
      current.to = i;
      current.lines++;
      // Readers' comments speak in the first person; reporting does so only inside quotation marks.
      const mine = line.f.firstPerson > 0;
      current.words += mine ? line.f.wordCount * 0.25 : line.f.wordCount;
      if (mine) current.firstPerson++;
      if (!line.f.terminal && isTitleCase(line.f)) current.unfinished++;
      if ((i > 0 && lines[i - 1].content && !lines[i - 1].repeated) || (i + 1 < lines.length && lines[i + 1].content && !lines[i + 1].repeated)) current.joined++;
      else if (underHeadline(lines, i)) current.headed++;
      gap = 0;
    } else {
      if (current && gap < MAX_GAP && (line.dated || isCommentHead(line.f))) current.commentMarks++;
      if (!line.sentence) gap++;
    }
  }
  return blocks;
}

/**
 * A stream of teasers: three or more content lines, most standing alone
 * under a headline of their own, and short, as summaries are.
 */
function isTeaserStream(b: Block): boolean {
  return b.lines >= 3 && b.headed >= b.lines * 0.5 && b.words / b.lines < 45;
}

/** Whether a line stands right under a headline, or under a headline and its date. */
function underHeadline(lines: readonly BlockLine[], i: number): boolean {
  if (i > 0 && isHeadline(lines[i - 1])) return true;
  return i > 1 && lines[i - 1].dated && isHeadline(lines[i - 2]);
}

/** Half the words or more capitalised, as headlines and names are. */
function isTitleCase(f: LineFeatures): boolean {
  return f.capitalized * 2 >= f.wordCount;
}

/** A headline: four words or more, unfinished, not furniture by a list, not content. */
function isHeadline(line: BlockLine): boolean {
  return !line.content && !line.listed && !line.f.terminal && line.f.wordCount >= 4 && isTitleCase(line.f);
}

/** Readers' comments: a good share of the content in the first person, framed by dates or "Reply" (a column in the first person is not). */
function isCommentThread(b: Block): boolean {
  return b.firstPerson >= 2 && b.firstPerson >= b.lines * 0.3 && b.commentMarks > 0;
}

function seedScore(b: Block): number {
  return b.words * (b.afterHeadline ? AFTER_HEADLINE : 1) * (isTeaserStream(b) ? 0.3 : 1);
}

/**
 * Whether a block continues the story it stands beside, across `bridge` lines
 * of other things, `stopped` when one of them closes a story.
 */
function continuesStory(b: Block, bridge: number, stopped: boolean, clean: boolean): boolean {
  if (b.lines === 0 || isTeaserStream(b) || isCommentThread(b)) return false;
  // Headlines and labels rather than paragraphs.
  if (b.unfinished * 3 > b.lines) return false;
  // Past "More from ..." or an author's box only a run of paragraphs is more story.
  if (stopped && bridge > SHORT_BRIDGE) return b.joined >= 3 && b.words >= 80;
  // A paragraph that follows another is story; a lone one only close by, or past lines no list names (code, a table).
  return b.joined >= 2 || (b.lines <= 2 && b.words >= 25 && (bridge <= SHORT_BRIDGE || clean));
}

/** Whether most of a block is a copy of text found elsewhere in the draft (lines repeated, or inside a huge line that holds the story). */
function isCopy(lines: readonly BlockLine[], b: Block, huge: readonly number[]): boolean {
  let content = 0;
  let copied = 0;
  for (let i = b.from; i <= b.to; i++) {
    const line = lines[i];
    if (!line.content) continue;
    content++;
    if (line.repeated || (line.f.chars >= 60 && huge.some((h) => (h < b.from || h > b.to) && lines[h].f.norm.includes(line.f.norm)))) copied++;
  }
  return copied * 2 > content;
}

/** The span [from, to] of non-blank lines that holds the article; to < from when there is no content. */
export function findArticle(lines: readonly BlockLine[], headline: string): [number, number] {
  const blocks = blocksOf(lines, headline);
  if (blocks.length === 0) return [0, -1];
  const huge: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.content) continue;
    if (line.f.wordCount >= HUGE_LINE_WORDS) huge.push(i);
  }
  // A manuscript of long paragraphs is no page with a copy of its story in one line: the copy test is
  // for the few huge lines a page has, and stays linear by that.
  if (huge.length > MAX_HUGE_LINES) huge.length = 0;
  // A single huge line that holds the text of another block is a copy of the story, not the story.
  const copyOfOthers = (b: Block) => b.lines === 1 && huge.includes(b.from) && blocks.some((o) => o !== b && holds(lines[b.from].f.norm, lines, o));
  let seed = -1;
  let best = 0;
  blocks.forEach((b, k) => {
    const score = copyOfOthers(b) ? 0 : seedScore(b);
    if (score > best) {
      best = score;
      seed = k;
    }
  });
  if (seed < 0) seed = 0;
  let first = seed;
  let last = seed;
  // Right, then left: each side ends at the first block that does not continue the story.
  const joins = (b: Block, from: number, to: number, below: boolean) => {
    const bridge = to - from + 1;
    let stopped = false;
    let clean = true;
    for (let i = from; i <= to && !stopped; i++) {
      const line = lines[i];
      stopped = line.stop || isCommentHead(line.f) || (below && line.dated);
      if (line.listed) clean = false;
    }
    // Each part the story is split into is no larger than its largest (the seed), however many parts: more
    // beside it is another text, unless no more than a line or two (a "Related" link, a caption) stands
    // between, or only lines no list names (headings, code, a table: a long document's sections).
    const fits = bridge <= TIGHT_BRIDGE || b.words <= largest || (clean && !stopped);
    return (
      fits &&
      (bridge <= MAX_BRIDGE || (clean && !stopped && bridge <= MAX_CLEAN_BRIDGE)) &&
      continuesStory(b, bridge, stopped, clean) &&
      !isCopy(lines, b, huge) &&
      !copyOfOthers(b)
    );
  };
  const largest = blocks[seed].words;
  for (let k = seed + 1; k < blocks.length; k++) {
    const b = blocks[k];
    if (!joins(b, blocks[last].to + 1, b.from - 1, true)) break;
    last = k;
  }
  for (let k = seed - 1; k >= 0; k--) {
    const b = blocks[k];
    if (!joins(b, b.to + 1, blocks[first].from - 1, false)) break;
    first = k;
  }
  return [blocks[first].from, blocks[last].to];
}

const COMMENT_HEAD = /\b(?:comments?|repl(?:y|ies)|votes?|commenting)\b/;

/** A short line that heads or frames readers' comments ("167 comments", "Reply", "Rating: 36 Votes"). */
function isCommentHead(f: LineFeatures): boolean {
  return f.wordCount > 0 && f.wordCount <= 6 && !f.terminal && COMMENT_HEAD.test(f.norm);
}

/** Whether `text` holds one of the first lines of block `b` (60 characters or more). */
function holds(text: string, lines: readonly BlockLine[], b: Block): boolean {
  let tried = 0;
  for (let i = b.from; i <= b.to && tried < 3; i++) {
    const line = lines[i];
    if (!line.content || line.f.chars < 60) continue;
    tried++;
    if (text.includes(line.f.norm)) return true;
  }
  return false;
}

/**
 * Whether a line read as `f` before an edit and as `g` after it counts the
 * same for the finder, beyond what the classifier compares: the same headline
 * and comment-head readings, and neither is a huge line (whose text the copy
 * test reads).
 */
export function sameForArticle(f: LineFeatures, g: LineFeatures): boolean {
  if (f.wordCount >= HUGE_LINE_WORDS || g.wordCount >= HUGE_LINE_WORDS) return false;
  return isTitleCase(f) === isTitleCase(g) && isCommentHead(f) === isCommentHead(g);
}

/** Whether the finder's copy test reads the text of lines in this draft: it holds a huge line, and not too many. */
export function readsText(lines: readonly ({ f: LineFeatures } | undefined)[]): boolean {
  let huge = 0;
  for (const line of lines) if (line !== undefined && line.f.wordCount >= HUGE_LINE_WORDS) huge++;
  return huge > 0 && huge <= MAX_HUGE_LINES;
}
