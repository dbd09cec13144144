// The root 404 page is what most static hosts serve for any missing path. Under the English pages'
// folder, this shows the English 404 page (`en/404/`) in its place, at the same address. Netlify
// does it without a script (`_redirects`); without JavaScript, the French page links the English one.
const base = new URL('../', import.meta.url).pathname;
if (location.pathname.startsWith(`${base}en/`)) {
  const response = await fetch(`${base}en/404/`);
  if (response.ok) {
    const english = new DOMParser().parseFromString(await response.text(), 'text/html');
    document.documentElement.lang = english.documentElement.lang;
    document.title = english.title;
    document.body.replaceWith(document.adoptNode(english.body));
  }
}
