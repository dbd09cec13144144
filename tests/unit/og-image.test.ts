import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { articleCard, type OgCard } from '../../src/lib/og-card.ts';
import { ogImageBuild } from '../../src/lib/og-image-build.ts';
import { cardKey, loadFonts, ogImage, ogImageFile, renderCard, titleFontSize, type OgRenderer } from '../../src/lib/og-image.ts';
import { pngSize } from '../support/png.ts';

const card: OgCard = {
  title: 'Les garanties de sécurité de la déclaration de Paris, expliquées',
  siteName: 'Sommet de Paris\u202f: l’explication',
  date: 'Publié le 6 janvier 2026',
  lang: 'fr',
};

describe('renderCard', () => {
  it('draws a 1200×630 PNG', async () => {
    const png = await renderCard(card, await loadFonts());
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

describe('titleFontSize', () => {
  it('sets short titles larger than long ones', async () => {
    const fonts = await loadFonts();
    const short = await titleFontSize({ ...card, title: 'Qui était là ?' }, fonts);
    const long = await titleFontSize({ ...card, title: `${card.title} `.repeat(3) }, fonts);
    expect(long).toBeLessThan(short);
  });
});

describe('cardKey', () => {
  it('changes with the title, the site name, the date and the language', async () => {
    const fonts = await loadFonts();
    const key = cardKey(card, fonts);
    expect(cardKey({ ...card }, fonts)).toBe(key);
    for (const changed of [
      { title: 'Autre titre' },
      { siteName: 'Autre site' },
      { date: 'Publié le 7 janvier 2026' },
      { lang: 'en' as const },
    ]) {
      expect(cardKey({ ...card, ...changed }, fonts)).not.toBe(key);
    }
  });

  it('changes with the fonts', async () => {
    const fonts = await loadFonts();
    expect(cardKey(card, fonts.slice(1))).not.toBe(cardKey(card, fonts));
  });
});

describe('ogImage', () => {
  let cacheDir: string;
  const fakePng = new Uint8Array([1, 2, 3]);
  beforeEach(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'og-cache-'));
  });
  afterEach(() => rm(cacheDir, { recursive: true, force: true }));

  it('draws a card once, then serves it from the cache', async () => {
    const render = vi.fn<OgRenderer>(async () => fakePng);
    const before = { rendered: ogImageBuild.rendered, cached: ogImageBuild.cached };
    expect(new Uint8Array(await ogImage(card, cacheDir, render))).toEqual(fakePng);
    // The second copy comes back from the file: a Buffer, compared here as plain bytes.
    expect(new Uint8Array(await ogImage({ ...card }, cacheDir, render))).toEqual(fakePng);
    expect(render).toHaveBeenCalledTimes(1);
    expect([ogImageBuild.rendered, ogImageBuild.cached]).toEqual([before.rendered + 1, before.cached + 1]);
    expect(await readdir(cacheDir)).toEqual([`${cardKey(card, await loadFonts())}.png`]);
  });

  it('gives the path of the cached file, drawing it only the first time', async () => {
    const render = vi.fn<OgRenderer>(async () => fakePng);
    const path = await ogImageFile(card, cacheDir, render);
    expect(path).toBe(join(cacheDir, `${cardKey(card, await loadFonts())}.png`));
    expect(new Uint8Array(await readFile(path))).toEqual(fakePng);
    expect(await ogImageFile({ ...card }, cacheDir, render)).toBe(path);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('draws again when the card changes', async () => {
    const render = vi.fn<OgRenderer>(async () => fakePng);
    await ogImage(card, cacheDir, render);
    await ogImage({ ...card, title: 'Un autre titre' }, cacheDir, render);
    expect(render).toHaveBeenCalledTimes(2);
  });
});

describe('articleCard', () => {
  it('carries the title, the site name and the publication date in the article’s language', () => {
    expect(articleCard({ title: 'Qui était là', published: '2026-11-25', lang: 'fr' })).toEqual({
      title: 'Qui était là',
      siteName: uiStrings('fr').siteName,
      date: `${uiStrings('fr').published} 25 novembre 2026`,
      lang: 'fr',
    });
    expect(articleCard({ title: 'Who came', published: '2026-11-25', lang: 'en' }).date).toBe(
      `${uiStrings('en').published} 25 November 2026`,
    );
  });
});
