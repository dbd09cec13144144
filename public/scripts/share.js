// Share controls: the system share sheet where the browser has one, copy-link otherwise.
const share = navigator.share && ((data) => navigator.share(data).catch(() => {}));
const copy = navigator.clipboard && ((data) => navigator.clipboard.writeText(data.url));
for (const button of share || copy ? document.querySelectorAll('.share-button') : []) {
  const { shareUrl: url, shareTitle: title, native, copied } = button.dataset;
  const name = share ? native : button.dataset.copy;
  button.querySelector('.share-name').textContent = name;
  button.title = name;
  button.querySelector('[data-icon="native"]').hidden = !share;
  button.querySelector('[data-icon="copy"]').hidden = Boolean(share);
  button.parentElement.hidden = false;
  button.addEventListener('click', async () => {
    await (share || copy)({ title, url });
    if (!share) button.closest('.share').querySelector('.share-status').textContent = copied;
  });
}
