/**
 * Compares an exported open-data file (JSON or CSV, as built into dist/) with the collections
 * read straight from content/ and typeset as Astro's content layer loads them (src/content.config.ts):
 * the same ids as the data file, as many records, the dictionary's fields in order, and every
 * value as the collection holds it (in CSV, with the formula escape of `datasetCsv`).
 */
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'csv-parse/sync';
import { readContent } from './read-content.ts';
import { typesetBilingual, typesetSource } from '../../src/lib/content/typeset.ts';
import { validateContent } from './validate-content.ts';
import {
  datasetFields,
  datasetRecords,
  csvSeparator,
  type Dataset,
  type FieldSpec,
  type Format,
  type OpenDataCollections,
  type OpenDataRecord,
  type OpenDataValue,
} from '../../src/lib/open-data.ts';

/** The content an export is compared with: each data file's raw ids, and the validated collections. */
export interface ExportContent {
  ids: Record<Dataset, string[]>;
  collections: OpenDataCollections;
}

/** Reads and validates the content folder under `root` (the project root or a fixture). */
export function readExportContent(root: string): ExportContent {
  const { content: raw } = readContent(root);
  const { content } = validateContent(raw);
  const idsOf = (dataset: Dataset) => raw.data[dataset].entries.map((entry) => String((entry as { id?: unknown }).id));
  const data = <T>(entries: readonly { data: T }[]) => entries.map((entry) => entry.data);
  return {
    ids: {
      countries: idsOf('countries'),
      people: idsOf('people'),
      organisations: idsOf('organisations'),
      sources: idsOf('sources'),
      timeline: idsOf('timeline'),
    },
    collections: {
      countries: data(content.countries).map(typesetBilingual),
      people: data(content.people).map(typesetBilingual),
      organisations: data(content.organisations).map(typesetBilingual),
      sources: data(content.sources).map(typesetSource),
      timeline: data(content.timeline).map(typesetBilingual),
    },
  };
}

/** The cells a spreadsheet would run as a formula, which the CSV writes with a leading `'` (fullwidth forms included). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const escaped = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** A collection's value as the CSV holds it once read back: formula-like text escaped, lists escaped as one cell. */
function csvExpected(value: OpenDataValue | undefined, field: FieldSpec): OpenDataValue | undefined {
  if (typeof value === 'string') return escaped(value);
  const separator = csvSeparator(field.type);
  if (Array.isArray(value) && value.length > 0) return escaped(value.join(separator)).split(separator);
  return value;
}

/** Reads a CSV cell back into the value its field type documents. */
function csvValue(cell: string, field: FieldSpec): OpenDataValue {
  if (field.type === 'list' || field.type === 'texts') return cell === '' ? [] : cell.split(csvSeparator(field.type));
  if (field.type === 'boolean') return cell === 'true' ? true : cell === 'false' ? false : cell;
  return cell === '' ? null : cell;
}

/** The records of a file, or a problem when it cannot be read as the dictionary describes. */
function fileRecords(format: Format, text: string, fields: readonly FieldSpec[]): { records: OpenDataRecord[] } | { problem: string } {
  const names = fields.map((field) => field.name);
  try {
    if (format === 'json') {
      const document = JSON.parse(text) as { fields?: { name?: unknown }[]; records?: unknown };
      const documented = (document.fields ?? []).map((field) => field.name);
      if (!isDeepStrictEqual(documented, names))
        return { problem: `"fields" lists ${JSON.stringify(documented)}, expected ${JSON.stringify(names)}` };
      if (!Array.isArray(document.records)) return { problem: '"records" is not an array' };
      return { records: document.records as OpenDataRecord[] };
    }
    const [header = [], ...rows] = parse(text, { relax_column_count: true });
    if (!isDeepStrictEqual(header, names)) return { problem: `header is ${header.join(',')}, expected ${names.join(',')}` };
    const short = rows.findIndex((row) => row.length !== names.length);
    if (short >= 0) return { problem: `row ${short + 2} has ${rows[short]?.length} cells, expected ${names.length}` };
    return { records: rows.map((row) => Object.fromEntries(fields.map((field, i) => [field.name, csvValue(row[i] ?? '', field)]))) };
  } catch (error) {
    return { problem: `cannot be parsed: ${(error as Error).message}` };
  }
}

/** Every difference between an exported file and the collections; none when they match. */
export function exportProblems(dataset: Dataset, format: Format, text: string, content: ExportContent): string[] {
  const fields = datasetFields(dataset);
  const read = fileRecords(format, text, fields);
  if ('problem' in read) return [read.problem];
  const ids = read.records.map((record) => String(record['id']));
  const expectedIds = content.ids[dataset];
  const problems = [
    ...expectedIds.filter((id) => !ids.includes(id)).map((id) => `missing the entry "${id}" of the ${dataset} collection`),
    ...ids.filter((id) => !expectedIds.includes(id)).map((id) => `has an entry "${id}" that the ${dataset} collection does not`),
  ];
  if (ids.length !== expectedIds.length) problems.push(`has ${ids.length} records, the ${dataset} collection ${expectedIds.length}`);
  const expected = datasetRecords(dataset, content.collections);
  read.records.forEach((record, index) => {
    const keys = Object.keys(record);
    if (
      format === 'json' &&
      !isDeepStrictEqual(
        keys,
        fields.map((field) => field.name),
      )
    )
      problems.push(`record "${ids[index]}" has the fields ${keys.join(',')}`);
    for (const field of fields) {
      const value = record[field.name];
      if (!field.optional && value === null) problems.push(`record "${ids[index]}": required field ${field.name} is empty`);
      const wanted = expected.find((entry) => entry['id'] === ids[index]);
      const wantedValue = format === 'csv' ? csvExpected(wanted?.[field.name], field) : wanted?.[field.name];
      if (wanted && !isDeepStrictEqual(value, wantedValue)) {
        problems.push(
          `record "${ids[index]}": ${field.name} is ${JSON.stringify(value)}, the collection says ${JSON.stringify(wantedValue)}`,
        );
      }
    }
  });
  if (
    problems.length === 0 &&
    !isDeepStrictEqual(
      ids,
      expected.map((record) => record['id']),
    )
  )
    problems.push('records are not in the documented order');
  return problems;
}
