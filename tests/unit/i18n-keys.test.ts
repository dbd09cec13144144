/** Every interface string is used: a key that no file of src/ names is dead text to translate. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr.ts';

const DICTIONARIES = [join('src', 'i18n', 'fr.ts'), join('src', 'i18n', 'en.ts')];

/** The text of every source file under `dir`, the dictionaries themselves excepted. */
function sourceText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !DICTIONARIES.includes(join(entry.parentPath, entry.name)))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

describe('interface dictionaries', () => {
  const code = sourceText('src');

  // Read as a property (`t.key`): a function or variable of the same name does not count.
  it.each(Object.keys(fr))('"%s" is read somewhere in src/', (key) => {
    expect(code).toMatch(new RegExp(`\\.${key}\\b`));
  });
});
