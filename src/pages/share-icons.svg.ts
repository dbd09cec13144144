import type { APIRoute } from 'astro';
import { shareIconSprite } from '../lib/icons.ts';

/** The share control's icons, one SVG sprite for every article (see src/lib/icons.ts). */
export const GET: APIRoute = () => new Response(shareIconSprite(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
