import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findComponents, referencesIn } from '../../src/lib/content/mdx-scan.ts';
import { checkContentAt } from '../support/content-fixture.ts';
import { fixtureIds, SOURCES_PER_ARTICLE, syntheticContent } from '../bench/synthetic.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ids = fixtureIds(ROOT);
// Enough articles for their citations to reach every source once.
const n = Math.ceil(ids.sources.length / SOURCES_PER_ARTICLE);
const content = syntheticContent(ROOT, n);
const articles = content.filter((file) => file.path.endsWith('.mdx'));
const root = mkdtempSync(join(tmpdir(), 'bench-content-'));
for (const file of content) {
  mkdirSync(dirname(join(root, file.path)), { recursive: true });
  writeFileSync(join(root, file.path), file.text);
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('benchmark content (tests/bench/synthetic.ts)', () => {
  it('passes the content check the build runs', () => {
    expect(checkContentAt(root)).toEqual([]);
  });

  it('writes N articles per language', () => {
    expect(articles.filter((file) => file.path.includes('/fr/'))).toHaveLength(n);
    expect(articles.filter((file) => file.path.includes('/en/'))).toHaveLength(n);
  });

  it('dates no article after today, even at the largest size the bench builds', () => {
    const today = new Date().toISOString().slice(0, 10);
    const dates = syntheticContent(ROOT, 1000)
      .filter((file) => file.path.endsWith('.mdx'))
      .flatMap((file) =>
        [...file.text.matchAll(/^ *(?:published|updated|factsAsOf|- date): '(\d{4}-\d{2}-\d{2})'$/gm)].map((match) => match[1]),
      );
    expect(dates.length).toBeGreaterThan(2000);
    expect(dates.filter((date) => (date ?? '') > today)).toEqual([]);
  });

  it('cites every source, as the real articles do', () => {
    const cited = new Set(
      articles.flatMap((file) => referencesIn(findComponents(file.text)).flatMap((ref) => (ref.target === 'sources' ? [ref.value] : []))),
    );
    expect([...cited].sort()).toEqual([...ids.sources].sort());
  });
});
