/**
 * Small web pages written for the extraction tests: a news page whose article
 * container carries the furniture Readability leaves in, and helpers to wrap
 * a body in a page.
 */

/** A page of `body` inside the usual page chrome (menu, footer, a script). */
export function page(body: string, title = 'Harbour council votes to rebuild the old pier'): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | The Riverside Gazette</title>
<style>p { color: black }</style><script>window.track = 'page-view';</script></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<main><article>
${body}
</article></main>
<footer><p>© 2026 The Riverside Gazette. All rights reserved.</p><p><a href="/privacy">Privacy policy</a></p></footer>
</body></html>`;
}

/** Article paragraphs, long enough for Readability to take the container as the article. */
export const PARAGRAPHS = [
  'The harbour council voted on Tuesday night to rebuild the old pier, ending a dispute that had split the town for most of the decade and stalled two earlier plans.',
  'The new pier will stand on the footings of the old one, which was closed to the public after the storms of the winter before last damaged its deck beyond repair.',
  '“We have waited long enough, and the fishermen have waited longer than anyone,” said Maria Okafor, who chairs the council’s works committee and proposed the plan.',
  'Work is due to start in the spring and to take about eighteen months. The council expects to pay for most of it from the regional fund for coastal towns.',
  'Not everyone was pleased. A group of residents had asked for the money to go to the sea wall instead, and two councillors voted against the plan on those grounds.',
];

export const ARTICLE = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');

/** The article with furniture inside its container: a photo and caption, prompts, a related-stories list. */
export const FURNISHED = `<h1>Harbour council votes to rebuild the old pier</h1>
<figure><img src="pier.jpg" alt="The pier"><figcaption>The old pier at low tide. Photo: Sam Reed / Gazette</figcaption></figure>
<p>${PARAGRAPHS[0]}</p>
<p>${PARAGRAPHS[1]}</p>
<p>Read more: Storm damage closes the old pier</p>
<p>${PARAGRAPHS[2]}</p>
<p>Sign up for our newsletter to get the latest news delivered to your inbox.</p>
<p>${PARAGRAPHS[3]}</p>
<p>${PARAGRAPHS[4]}</p>
<p>Share this article on Facebook</p>
<h3>More from the Gazette</h3>
<ul>
<li><a href="/news/1">Bridge repairs to close the high street for a week</a></li>
<li><a href="/news/2">Lifeboat crew rescues two walkers cut off by the tide</a></li>
<li><a href="/news/3">School wins national prize for its garden</a></li>
<li><a href="/news/4">Ferry timetable changes for the winter</a></li>
</ul>`;
