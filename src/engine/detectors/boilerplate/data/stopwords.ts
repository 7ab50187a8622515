/**
 * English function words (articles, pronouns, prepositions, conjunctions,
 * auxiliaries, common adverbs). Prose runs at roughly 40% of these; menus,
 * headlines, keyword lists and credits run far lower. Lower case, straight
 * apostrophes.
 */
export const STOPWORDS: readonly string[] = [
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'although', 'am', 'among', 'an', 'and', 'another',
  'any', 'are', 'around', 'as', 'at', 'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but',
  'by', 'can', 'could', 'did', 'do', 'does', 'doing', 'down', 'during', 'each', 'either', 'even', 'ever', 'every',
  'few', 'for', 'from', 'further', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'herself', 'him',
  'himself', 'his', 'how', 'however', 'i', 'if', 'in', 'into', 'is', 'it', "it's", 'its', 'itself', 'just', 'least',
  'less', 'like', 'many', 'may', 'me', 'might', 'more', 'most', 'much', 'must', 'my', 'myself', 'neither', 'no', 'nor',
  'not', 'now', 'of', 'off', 'often', 'on', 'once', 'one', 'only', 'onto', 'or', 'other', 'others', 'our', 'ours',
  'ourselves', 'out', 'over', 'own', 'per', 'rather', 'same', 'several', 'she', 'should', 'since', 'so', 'some',
  'such', 'than', 'that', "that's", 'the', 'their', 'theirs', 'them', 'themselves', 'then', 'there', "there's",
  'these', 'they', 'this', 'those', 'though', 'through', 'to', 'too', 'toward', 'towards', 'under', 'until', 'up',
  'upon', 'us', 'very', 'was', 'we', 'were', 'what', 'when', 'where', 'whether', 'which', 'while', 'who', 'whom',
  'whose', 'why', 'will', 'with', 'within', 'without', 'would', 'yet', 'you', 'your', 'yours', 'yourself',
  "he's", "she's", "they're", "we're", "i'm", "don't", "didn't", "doesn't", "isn't", "wasn't", "aren't", "weren't",
  "you're", "you've", "you'll", "i've", "i'll", "i'd", "we've", "they've", "won't", "can't", "couldn't", "wouldn't", "shouldn't", "hasn't", "haven't", "hadn't", 'said', 'says',
];
