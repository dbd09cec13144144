/**
 * The site's sources are classed by site, not by page (the sources page says so): every source of
 * one publisher has the same kind, so an outlet is never "press" on one page and "aggregator" on
 * another.
 */
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { publishersOfSeveralKinds } from '../../../src/lib/sources.ts';
import { readContent } from '../../support/read-content.ts';
import { validateContent } from '../../support/validate-content.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const sources = validateContent(readContent(ROOT).content).content.sources.map((source) => source.data);

it('files every source of a publisher under the same kind', () => {
  expect(sources.length).toBeGreaterThan(0);
  expect(publishersOfSeveralKinds(sources)).toEqual([]);
});
