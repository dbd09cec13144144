// Site search with Pagefind's JS API, loaded by the search page only (share.js serves the articles).
const form = document.getElementById('search-form');
const input = document.getElementById('search-input');
const list = document.getElementById('search-results');
const statusLine = document.getElementById('search-status');
const pages = document.getElementById('search-fallback');
const variantsLine = document.getElementById('search-variants');
const otherLang = document.getElementById('search-other-lang');
const pagefind = await import(`${form.dataset.bundle}pagefind.js`);
// A long page is not a worse match: with Pagefind's default, short person pages came before the articles.
await pagefind.options({ baseUrl: form.dataset.base, ranking: { pageLength: 0.2 } });
const plural = new Intl.PluralRules(document.documentElement.lang);
const variants = JSON.parse(form.dataset.variants);
const siteSpellings = JSON.parse(form.dataset.siteSpellings);
form.hidden = false;
pages.hidden = true;
document.getElementById('search-nojs').hidden = true;
document.getElementById('search-empty').hidden = false;

/** The page's own URL, or the other language's search page, for a query. */
const withQuery = (href, query) => {
  const url = new URL(href, location.href);
  url.search = query === '' ? '' : new URLSearchParams({ q: query }).toString();
  return url.href;
};

/** An excerpt as text, with <mark> around the matched words (not the punctuation Pagefind marks with them). */
const excerptNodes = (excerpt) =>
  [...new DOMParser().parseFromString(excerpt, 'text/html').body.childNodes].flatMap((node) => {
    if (node.nodeName !== 'MARK') return [document.createTextNode(node.textContent)];
    const [, word, after] = node.textContent.match(/^(.*?)([\p{P}\s]*)$/u);
    return [Object.assign(document.createElement('mark'), { textContent: word }), document.createTextNode(after)];
  });

/**
 * The excerpt of the page's section that matches best (its words' weighted scores summed): it stays
 * inside one section, where the page's own excerpt may run from one section into the next.
 */
const sectionExcerpt = ({ excerpt, sub_results: sections = [] }) => {
  const score = (section) => (section.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
  const best = sections.reduce((top, section) => (top === undefined || score(section) > score(top) ? section : top), undefined);
  return best?.excerpt ?? excerpt;
};

const item = (result) => {
  const { url, meta } = result;
  const excerpt = sectionExcerpt(result);
  const li = document.createElement('li');
  const link = Object.assign(document.createElement('a'), { href: url, textContent: meta.title });
  const about = Object.assign(document.createElement('p'), { className: 'result-meta' });
  about.append(Object.assign(document.createElement('span'), { className: 'result-type', textContent: meta.type }));
  if (meta.date) about.append(' · ', Object.assign(document.createElement('span'), { className: 'result-date', textContent: meta.date }));
  const text = document.createElement('p');
  text.append(...excerptNodes(excerpt));
  li.append(link, about, text);
  return li;
};

/** The other spellings of the query's words that find something, as links to their search. */
const suggestions = async (query) => {
  const words = query.toLowerCase().split(/\s+/);
  const candidates = words.flatMap((word, at) => (variants[word] ?? []).map((variant) => words.with(at, variant).join(' ')));
  const found = await Promise.all(
    candidates.map(async (candidate) => ((await pagefind.search(candidate)).results.length > 0 ? candidate : null)),
  );
  return found
    .filter(Boolean)
    .map((candidate) => Object.assign(document.createElement('a'), { href: withQuery(location.href, candidate), textContent: candidate }));
};

/** The results of several searches as one list, each page once with its best score, best first. */
const merged = (searches) => {
  const best = new Map();
  for (const result of searches.flatMap((search) => search.results))
    if ((best.get(result.id)?.score ?? -1) < result.score) best.set(result.id, result);
  return [...best.values()].sort((a, b) => b.score - a.score);
};

/**
 * The query's results, the site's spelling of its words searched too ("zelenskyy" finds what
 * "zelensky" finds); when no page has every word, the pages with any of them, and `anyWord` set.
 */
const resultsFor = async (query, search) => {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => siteSpellings[word] ?? word);
  const respelled = words.join(' ');
  const all = respelled === query.toLowerCase() ? search.results : merged([search, await pagefind.search(respelled)]);
  if (all.length > 0 || words.length < 2) return { results: all, anyWord: false };
  const results = merged(await Promise.all(words.map((word) => pagefind.search(word))));
  return { results, anyWord: results.length > 0 };
};

const run = async (delay) => {
  const query = input.value.trim();
  const search = await pagefind.debouncedSearch(query, {}, delay);
  if (search === null) return;
  const { results: found, anyWord } = await resultsFor(query, search);
  if (input.value.trim() !== query) return;
  const results = await Promise.all(found.slice(0, 20).map((result) => result.data()));
  list.replaceChildren(...results.map(item));
  const count = found.length;
  const countText = form.dataset[plural.select(count) === 'one' ? 'countOne' : 'countOther'].replace('{n}', String(count));
  statusLine.textContent = query === '' ? '' : anyWord ? `${form.dataset.anyWord} ${countText}` : countText;
  history.replaceState(null, '', withQuery(location.href, query));
  otherLang.href = withQuery(otherLang.href, query);
  pages.hidden = query === '' || count > 0;
  pages.classList.toggle('open', !pages.hidden);
  if (pages.hidden) return;
  const links = await suggestions(query);
  if (input.value.trim() !== query) return;
  variantsLine.querySelector('span').replaceChildren(...links);
  variantsLine.hidden = links.length === 0;
};
input.addEventListener('input', () => run(250));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  run(0);
});
input.value = new URLSearchParams(location.search).get('q') ?? '';
if (input.value !== '') run(0);
input.focus();
