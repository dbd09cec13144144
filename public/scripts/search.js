// Site search with Pagefind's JS API: the only script the site ships, loaded by the search page.
const form = document.getElementById('search-form');
const input = document.getElementById('search-input');
const list = document.getElementById('search-results');
const statusLine = document.getElementById('search-status');
const pagefind = await import(`${form.dataset.bundle}pagefind.js`);
await pagefind.options({ baseUrl: form.dataset.base });
form.hidden = false;
document.getElementById('search-fallback').hidden = true;

const item = ({ url, meta, excerpt }) => {
  const li = document.createElement('li');
  const link = Object.assign(document.createElement('a'), { href: url, textContent: meta.title });
  const text = Object.assign(document.createElement('p'), { textContent: excerpt.replace(/<[^>]+>/g, '') });
  li.append(link, text);
  return li;
};

const run = async (delay) => {
  const query = input.value.trim();
  const search = await pagefind.debouncedSearch(query, {}, delay);
  if (search === null) return;
  const results = await Promise.all(search.results.slice(0, 20).map((result) => result.data()));
  list.replaceChildren(...results.map(item));
  statusLine.textContent = query === '' ? '' : form.dataset.count.replace('{n}', String(search.results.length));
};
input.addEventListener('input', () => run(250));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  run(0);
});
// A search sent from another page (the 404 page's form): /recherche/?q=…
const sent = new URLSearchParams(location.search).get('q');
if (sent) {
  input.value = sent;
  run(0);
}
input.focus();
