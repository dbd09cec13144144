/** Icons drawn from Tabler's outline set (`@tabler/icons`, MIT): one stroke style for brands and actions. */

/** The attributes every outline icon shares (a 24-unit grid drawn with a 2-unit round stroke). */
export const OUTLINE_ICON_ATTRIBUTES = {
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '2',
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
} as const;

/**
 * The drawing inside one outline icon file, without its `<svg>` wrapper and the invisible 24×24
 * frame every Tabler file starts with, ready to go inside an `<svg>` with `OUTLINE_ICON_ATTRIBUTES`.
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
