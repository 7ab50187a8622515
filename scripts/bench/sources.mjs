// The texts the benchmark measures, read at run time: the two samples in the
// repository and, when the folder exists, the news-dev corpus (articles and
// whole pasted pages). Corpus text is never written into the project.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

/** Default corpus folder: ../shared/corpus/news-dev next to the repository. */
export function defaultCorpusDir(root) {
  return process.env.COPYDESK_CORPUS ?? resolve(root, '../shared/corpus/news-dev');
}

function readAll(dir, suffix, kind) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => ({ name: `${kind}/${basename(f, suffix)}`, path: join(dir, f), text: readFileSync(join(dir, f), 'utf8'), kind }));
}

export function loadSources(root, corpusDir = defaultCorpusDir(root)) {
  const samples = readAll(join(root, 'samples'), '.txt', 'sample');
  const present = Boolean(corpusDir) && existsSync(corpusDir);
  return {
    corpusDir: present ? corpusDir : null,
    samples,
    articles: present ? readAll(corpusDir, '.article.txt', 'article') : [],
    pages: present ? readAll(corpusDir, '.draft.txt', 'page') : [],
  };
}

/** The texts long drafts are generated from: the clean articles, else the samples. */
export function generatorSources(sources) {
  return (sources.articles.length ? sources.articles : sources.samples).map((s) => s.text);
}
