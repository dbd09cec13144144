/**
 * The share control's icons, from Tabler's outline set (`@tabler/icons`, MIT: one stroke style for
 * brands and actions, LinkedIn included), served as one SVG sprite file: pages refer to its
 * symbols, so the drawings are neither repeated in every page nor counted in its weight.
 */
import bluesky from '@tabler/icons/outline/brand-bluesky.svg?raw';
import facebook from '@tabler/icons/outline/brand-facebook.svg?raw';
import linkedin from '@tabler/icons/outline/brand-linkedin.svg?raw';
import whatsapp from '@tabler/icons/outline/brand-whatsapp.svg?raw';
import x from '@tabler/icons/outline/brand-x.svg?raw';
import copy from '@tabler/icons/outline/link.svg?raw';
import email from '@tabler/icons/outline/mail.svg?raw';
import native from '@tabler/icons/outline/share.svg?raw';
import type { ShareTarget } from './share.ts';

/** A share target, or one of the button's two actions: the system share sheet (`native`) and copying the link. */
export type ShareIconName = ShareTarget | 'native' | 'copy';

const SHARE_ICONS: Record<ShareIconName, string> = { email, whatsapp, bluesky, x, facebook, linkedin, native, copy };

/** The sprite's path under the site's base. */
export const SHARE_ICON_SPRITE = 'share-icons.svg';

/**
 * The drawing inside one outline icon file, without its `<svg>` wrapper and the invisible 24×24
 * frame every Tabler file starts with.
 * @param svg the text of an `@tabler/icons/outline/*.svg` file
 */
export function iconDrawing(svg: string): string {
  const drawing = /<svg\b[^>]*>([\s\S]*)<\/svg>/.exec(svg)?.[1];
  if (drawing === undefined) throw new Error('iconDrawing: not an SVG document');
  return drawing
    .replace(/<path stroke="none" d="M0 0h24v24H0z" fill="none"\s*\/>/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sprite: one `<symbol>` per share icon, its id the icon's name, drawn in the colour of the text around it. */
export function shareIconSprite(): string {
  const symbols = Object.entries(SHARE_ICONS).map(
    ([name, svg]) =>
      `<symbol id="${name}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${iconDrawing(svg)}</symbol>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join('')}</svg>\n`;
}
