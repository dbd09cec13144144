import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { iconDrawing, shareIconSprite } from '../../src/lib/icons.ts';
import { shareLinks } from '../../src/lib/share.ts';

const iconFile = (name: string): string =>
  readFileSync(createRequire(import.meta.url).resolve(`@tabler/icons/outline/${name}.svg`), 'utf8');

describe('iconDrawing', () => {
  it('keeps the drawing of a Tabler outline icon, without its wrapper and its invisible frame', () => {
    const drawing = iconDrawing(iconFile('mail'));
    expect(drawing).not.toMatch(/<svg|<\/svg>|M0 0h24v24H0z|\n/);
    expect(drawing).toMatch(/^<path d="[^"]+" \/>/);
  });

  it('refuses text that is not an SVG document', () => {
    expect(() => iconDrawing('<p>mail</p>')).toThrow('not an SVG document');
  });
});

describe('shareIconSprite', () => {
  it('holds one stroked symbol for each share target and for the button’s two actions', () => {
    const sprite = shareIconSprite();
    const ids = [...sprite.matchAll(/<symbol id="([^"]+)" viewBox="0 0 24 24" fill="none" stroke="currentColor"/g)].map(
      (match) => match[1],
    );
    expect(ids.sort()).toEqual([...shareLinks('https://example.org/', 'T').map((link) => link.target), 'native', 'copy'].sort());
    expect(sprite).not.toContain('M0 0h24v24H0z');
  });
});
