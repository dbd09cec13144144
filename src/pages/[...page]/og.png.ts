/**
 * The Open Graph image of every page, beside it: `/qui-est-qui/macron/` shares
 * `/qui-est-qui/macron/og.png` (see `ogImagePath`). One route for all pages, since every card is
 * drawn the same way from the same table; drawn once and then read from the disk cache.
 */
import type { APIContext } from 'astro';
import { getPageCards } from '../../data/og-cards.ts';
import type { OgCard } from '../../lib/og-card.ts';
import { ogImage } from '../../lib/og-image.ts';

export async function getStaticPaths() {
  return (await getPageCards()).map(({ path, card }) => ({ params: { page: path.slice(1, -1) || undefined }, props: { card } }));
}

export async function GET({ props }: APIContext<{ card: OgCard }>) {
  return new Response(await ogImage(props.card), { headers: { 'Content-Type': 'image/png' } });
}
