/**
 * Verbs that introduce or attribute speech or writing ("X said", "said X",
 * "X told reporters"). Every inflection a reporter uses is listed so that a
 * lookup is a plain Set membership test; no word here is ever compiled into a
 * regular expression.
 *
 * Left out on purpose: verbs that often govern something other than speech
 * ("agreed", "maintained", "called", "speaking"), which would pin a quote on the
 * wrong person more often than they would find the right one.
 */
const BASES: readonly (readonly string[])[] = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['add', 'adds', 'added', 'adding'],
  ['note', 'notes', 'noted', 'noting'],
  ['write', 'writes', 'wrote', 'writing'],
  ['state', 'states', 'stated', 'stating'],
  ['acknowledge', 'acknowledges', 'acknowledged', 'acknowledging'],
  ['emphasize', 'emphasizes', 'emphasized', 'emphasizing'],
  ['emphasise', 'emphasises', 'emphasised', 'emphasising'],
  ['explain', 'explains', 'explained', 'explaining'],
  ['insist', 'insists', 'insisted', 'insisting'],
  ['argue', 'argues', 'argued', 'arguing'],
  ['warn', 'warns', 'warned', 'warning'],
  ['ask', 'asks', 'asked', 'asking'],
  ['recall', 'recalls', 'recalled', 'recalling'],
  ['remember', 'remembers', 'remembered'],
  ['admit', 'admits', 'admitted', 'admitting'],
  ['announce', 'announces', 'announced', 'announcing'],
  ['declare', 'declares', 'declared', 'declaring'],
  ['claim', 'claims', 'claimed', 'claiming'],
  ['contend', 'contends', 'contended', 'contending'],
  ['concede', 'concedes', 'conceded', 'conceding'],
  ['continue', 'continues', 'continued'],
  ['reply', 'replies', 'replied', 'replying'],
  ['respond', 'responds', 'responded', 'responding'],
  ['answer', 'answers', 'answered', 'answering'],
  ['remark', 'remarks', 'remarked', 'remarking'],
  ['comment', 'comments', 'commented', 'commenting'],
  ['observe', 'observes', 'observed', 'observing'],
  ['suggest', 'suggests', 'suggested', 'suggesting'],
  ['predict', 'predicts', 'predicted', 'predicting'],
  ['promise', 'promises', 'promised', 'promising'],
  ['vow', 'vows', 'vowed', 'vowing'],
  ['pledge', 'pledges', 'pledged', 'pledging'],
  ['complain', 'complains', 'complained', 'complaining'],
  ['confirm', 'confirms', 'confirmed', 'confirming'],
  ['report', 'reports', 'reported', 'reporting'],
  ['recount', 'recounts', 'recounted', 'recounting'],
  ['reiterate', 'reiterates', 'reiterated', 'reiterating'],
  ['stress', 'stresses', 'stressed', 'stressing'],
  ['tweet', 'tweets', 'tweeted', 'tweeting'],
  ['joke', 'jokes', 'joked', 'joking'],
  ['quip', 'quips', 'quipped', 'quipping'],
  ['shout', 'shouts', 'shouted', 'shouting'],
  ['yell', 'yells', 'yelled'],
  ['scream', 'screams', 'screamed'],
  ['whisper', 'whispers', 'whispered'],
  ['exclaim', 'exclaims', 'exclaimed', 'exclaiming'],
  ['murmur', 'murmurs', 'murmured'],
  ['mutter', 'mutters', 'muttered'],
  ['cry', 'cries', 'cried'],
  ['sigh', 'sighs', 'sighed'],
  ['laugh', 'laughs', 'laughed'],
  ['chant', 'chants', 'chanted', 'chanting'],
  ['testify', 'testifies', 'testified', 'testifying'],
  ['assert', 'asserts', 'asserted', 'asserting'],
  ['allege', 'alleges', 'alleged', 'alleging'],
  ['boast', 'boasts', 'boasted', 'boasting'],
  ['counter', 'counters', 'countered', 'countering'],
  ['retort', 'retorts', 'retorted', 'retorting'],
  ['interject', 'interjects', 'interjected'],
  ['conclude', 'concludes', 'concluded', 'concluding'],
  ['describe', 'describes', 'described', 'describing'],
  ['mention', 'mentions', 'mentioned', 'mentioning'],
  ['reveal', 'reveals', 'revealed', 'revealing'],
  ['recommend', 'recommends', 'recommended'],
  ['urge', 'urges', 'urged', 'urging'],
  ['order', 'orders', 'ordered', 'ordering'],
  ['demand', 'demands', 'demanded', 'demanding'],
  ['plead', 'pleads', 'pleaded'],
  ['quote', 'quoted'],
  ['tout', 'touts', 'touted'],
];

export const SPEECH_VERBS: ReadonlySet<string> = new Set(BASES.flat());

/** Present participles: "issued a statement saying", whose subject stands further back. */
export function isParticiple(word: string): boolean {
  return word.endsWith('ing');
}

export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word);
}
