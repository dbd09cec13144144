/**
 * The loader of a data file: a YAML list of entries, each with its `id`. Astro's `file()` loader
 * only logs a file it cannot parse and keeps the entries it had, and keeps the last of two
 * entries with one id; this one stops with every problem of the file at once (not valid YAML, a
 * duplicate id, each entry that does not match its schema) and changes nothing in the store
 * until the whole file is good. Under `astro dev` it reloads the file when it is saved.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Located } from './loaded.ts';
import { formatProblems, type Problem } from './problem.ts';
import { parseYaml } from './yaml.ts';

/** Each entry whose id an earlier entry already has. */
export function duplicateIds(entries: readonly Located<{ id: string }>[]): Problem[] {
  const seen = new Set<string>();
  return entries.flatMap((entry) => {
    const duplicate = seen.has(entry.data.id);
    seen.add(entry.data.id);
    return duplicate
      ? [{ file: entry.file, field: `${entry.label}.id`, value: entry.data.id, message: 'duplicate id: another entry already uses it' }]
      : [];
  });
}

/** Astro's schema error for an entry (`  **path.0**: message` per issue) as problems that name the field and its value. */
function schemaProblems(file: string, label: string, data: unknown, message: string): Problem[] {
  const issues = [...message.matchAll(/^\s*\*\*([^*]+)\*\*: (.*)$/gm)];
  if (issues.length === 0) return [{ file, field: label, message: message.replaceAll('**', '').trim() }];
  return issues.map(([, path = '', issue = '']) => {
    const keys = path.split('.');
    const value = keys.reduce<unknown>(
      (at, key) => (at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined),
      data,
    );
    return {
      file,
      field: label + keys.map((key) => (/^\d+$/.test(key) ? `[${key}]` : `.${key}`)).join(''),
      ...(value === undefined || typeof value === 'object' ? {} : { value }),
      message: issue,
    };
  });
}

/** Reads and validates the file; throws one error listing what is wrong. */
async function entriesOf(file: string, path: string, { collection, parseData }: LoaderContext) {
  const fail = (problems: Problem[]) => new AstroError(formatProblems(problems), 'content/README.md explains each field.');
  const text = await readFile(path, 'utf8').catch(() => {
    throw fail([{ file, field: '(file)', message: 'file is missing' }]);
  });
  let list: unknown;
  try {
    list = parseYaml(text);
  } catch (error) {
    throw fail([{ file, field: '(file)', message: `not valid YAML: ${(error as Error).message}` }]);
  }
  if (!Array.isArray(list)) throw fail([{ file, field: '(file)', message: 'expected a YAML list of entries' }]);
  const raw = list.map((data: Record<string, unknown> | null, index) => {
    const id = typeof data?.['id'] === 'string' ? data['id'] : `#${index + 1}`;
    return { file, label: `${collection}[${id}]`, id, data };
  });
  const problems = duplicateIds(raw.map(({ file, label, id }) => ({ file, label, data: { id } })));
  const entries = await Promise.all(
    raw.map(async ({ label, id, data }) => {
      try {
        return { id, data: await parseData({ id, data: data ?? {}, filePath: path }) };
      } catch (error) {
        problems.push(...schemaProblems(file, label, data, (error as Error).message));
        return undefined;
      }
    }),
  );
  if (problems.length > 0) throw fail(problems);
  return entries.flatMap((entry) => entry ?? []);
}

/** The loader of `file` (relative to the project root), a YAML list of entries with an `id` each. */
export function yamlList(file: string): Loader {
  return {
    name: 'yaml-list',
    load: async (context) => {
      const path = fileURLToPath(new URL(file, context.config.root));
      const sync = async () => {
        const entries = await entriesOf(file, path, context);
        context.store.clear();
        for (const entry of entries) context.store.set({ ...entry, filePath: file });
      };
      await sync();
      context.watcher?.add(path);
      // Under `astro dev`, one reload after another (a save can signal twice, the first time on a
      // half-written file), so the last one reads the file as saved. An error reaches Astro's
      // overlay; the entries stay as they were.
      let reloads = Promise.resolve();
      context.watcher?.on('change', (changed) => {
        if (changed === path) reloads = reloads.catch(() => undefined).then(sync);
      });
    },
  };
}
