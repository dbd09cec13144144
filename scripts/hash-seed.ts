/**
 * Regenerates tests/fixtures/seed-shingles.json: the hashes of every normalised 8-word sequence
 * of the seed article (../shared/seed/article-fr.txt), so the originality test can run without
 * the seed's text. Run: npm run hash-seed
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { hashShingle, normalisedWords, shingles, SHINGLE_SIZE } from '../tests/support/content-lint/originality.ts';

const SEED = new URL('../../shared/seed/article-fr.txt', import.meta.url);
const OUT = new URL('../tests/fixtures/seed-shingles.json', import.meta.url);

const hashes = [...new Set(shingles(normalisedWords(readFileSync(SEED, 'utf8'))).map(hashShingle))].sort();
writeFileSync(OUT, `${JSON.stringify({ size: SHINGLE_SIZE, hashes }, null, 0)}\n`);
console.log(`wrote ${hashes.length} hashes of ${SHINGLE_SIZE}-word sequences to tests/fixtures/seed-shingles.json`);
