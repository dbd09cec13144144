// Mounts Pagefind's search UI on the search page. The only script the site ships.
const root = document.getElementById('search');
if (root && 'PagefindUI' in window) {
  root.hidden = false;
  document.getElementById('search-fallback')?.setAttribute('hidden', '');
  new window.PagefindUI({ element: '#search', bundlePath: root.dataset.bundle, showSubResults: true, showImages: false, resetStyles: false });
}
