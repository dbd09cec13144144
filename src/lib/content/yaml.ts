import { parse } from 'yaml';

/**
 * Parses a YAML data file the same way for Astro's `file()` loader and for the integrity check.
 * Dates stay strings (the YAML 1.2 core schema), so no time zone can move a day.
 */
export function parseYaml(text: string): unknown {
  return parse(text, { schema: 'core', uniqueKeys: true });
}
