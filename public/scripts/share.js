// Share control: the system share sheet where the browser has one, copy-link otherwise.
const button = document.querySelector('.share-button');
const share = navigator.share && ((data) => navigator.share(data).catch(() => {}));
const copy = navigator.clipboard && ((data) => navigator.clipboard.writeText(data.url));
if (button && (share || copy)) {
  const { shareUrl: url, shareTitle: title, native, copied } = button.dataset;
  button.textContent = share ? native : button.dataset.copy;
  button.hidden = false;
  button.addEventListener('click', async () => {
    await (share || copy)({ title, url });
    if (!share) document.querySelector('.share-status').textContent = copied;
  });
}
