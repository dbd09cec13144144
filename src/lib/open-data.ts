/**
 * The open-data exports: the collections as flat records, described once by a data dictionary
 * (field name, type, allowed values) that sets the JSON keys, the CSV columns and their order,
 * and the rows of the data page. What each field means is written in the i18n dictionaries,
 * typed against the field names here (`OpenDataText`), so no field can go undescribed.
 */
import { stringify } from 'csv-stringify/sync';
import { uiStrings } from '../i18n/index.ts';
import { DATA_FILES } from './content/files.ts';
import {
  annotation,
  LEVELS,
  type Annotation,
  PRESENCE,
  MEMBERSHIPS,
  sourceSchema,
  type Country,
  type Lang,
  type Organisation,
  type Person,
  type Source,
  type TimelineEvent,
} from './content/schema.ts';
import { countrySources } from './citations.ts';
import { countryName } from './country-names.ts';
import { fileUrl } from './paths.ts';
import { publisherName } from './sources.ts';
import { eventsBetween } from './timeline.ts';

/** The collections exported, in the order the data page lists them. */
export const DATASETS = ['countries', 'people', 'organisations', 'sources', 'timeline'] as const;
export type Dataset = (typeof DATASETS)[number];

/** The file formats each dataset is exported in. */
export const FORMATS = ['json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** How the items of a list field are joined in a CSV cell (in JSON, lists are arrays). */
export const LIST_SEPARATOR = ';';

/** How the items of a list of texts are joined in a CSV cell: a line break, as the texts hold semicolons. */
export const TEXT_SEPARATOR = '\n';

/** The folder of the exported files, at the root of the site (the same for both languages). */
const DATA_DIR = 'data';

/** The value a field holds, by type. */
interface TypeValues {
  string: string;
  enum: string;
  date: string;
  url: string;
  boolean: boolean;
  list: readonly string[];
  texts: readonly string[];
}
export type FieldType = keyof TypeValues;

/** How the items of a field of this type are joined in a CSV cell. */
export function csvSeparator(type: FieldType): string {
  return type === 'texts' ? TEXT_SEPARATOR : LIST_SEPARATOR;
}

/** One field of a dataset as the dictionary documents it. */
export interface FieldSpec {
  name: string;
  type: FieldType;
  /** True when the field may be empty: `null` in JSON, an empty cell in CSV. */
  optional?: true;
  /** The allowed values of an enum, or of the items of a list of codes. */
  values?: readonly string[];
}

/** A field and how to read its value from an entry of the collection. */
type Field<E> = { [T in FieldType]: FieldSpec & { type: T; value: (entry: E) => TypeValues[T] | undefined } }[FieldType];

/** The entries of the collections, as the site reads them. */
export interface OpenDataCollections {
  countries: readonly Country[];
  people: readonly Person[];
  organisations: readonly Organisation[];
  sources: readonly Source[];
  timeline: readonly TimelineEvent[];
}

const NOTE_KINDS = annotation.shape.kind.options;
type Noted = { notes: readonly Annotation[] };
const noteKinds = (entry: Noted) => [...new Set(entry.notes.map((note) => note.kind))];
/** The text of each note in one language, after its label as the pages show it: « Contesté. … ». */
const noteTexts =
  (lang: Lang) =>
  (entry: Noted): string[] =>
    entry.notes.map((note) => `${uiStrings(lang).noteKind[note.kind]}. ${note.text[lang]}`);
/** The fields that give an entry's notes: their kinds, then their texts in each language. */
const noteFields = [
  { name: 'note_kinds', type: 'list', values: NOTE_KINDS, value: noteKinds },
  { name: 'notes_fr', type: 'texts', value: noteTexts('fr') },
  { name: 'notes_en', type: 'texts', value: noteTexts('en') },
] as const;

/** The data dictionary: every field of every dataset, in column order. */
const DICTIONARY = {
  countries: [
    { name: 'id', type: 'string', value: (c) => c.id },
    { name: 'name_fr', type: 'string', value: (c) => countryName(c.id, 'fr') },
    { name: 'name_en', type: 'string', value: (c) => countryName(c.id, 'en') },
    { name: 'level', type: 'enum', values: LEVELS, value: (c) => c.level },
    { name: 'level_sources', type: 'list', value: (c) => c.levelSources },
    { name: 'co_chair', type: 'boolean', value: (c) => c.coChair !== undefined },
    { name: 'membership', type: 'enum', optional: true, values: MEMBERSHIPS, value: (c) => c.membership?.status },
    { name: 'representatives', type: 'list', value: (c) => c.representatives },
    ...noteFields,
    { name: 'sources', type: 'list', value: countrySources },
  ],
  people: [
    { name: 'id', type: 'string', value: (p) => p.id },
    { name: 'name', type: 'string', value: (p) => p.name },
    { name: 'role_fr', type: 'string', value: (p) => p.role.fr },
    { name: 'role_en', type: 'string', value: (p) => p.role.en },
    { name: 'country', type: 'string', optional: true, value: (p) => p.country },
    { name: 'organisation', type: 'string', optional: true, value: (p) => p.organisation },
    { name: 'role_sources', type: 'list', value: (p) => p.roleSources },
    { name: 'presence', type: 'enum', values: PRESENCE, value: (p) => p.presence.status },
    { name: 'presence_sources', type: 'list', value: (p) => p.presence.sources },
    ...noteFields,
  ],
  organisations: [
    { name: 'id', type: 'string', value: (o) => o.id },
    { name: 'name_fr', type: 'string', value: (o) => o.name.fr },
    { name: 'name_en', type: 'string', value: (o) => o.name.en },
    { name: 'short_name_fr', type: 'string', value: (o) => o.shortName.fr },
    { name: 'short_name_en', type: 'string', value: (o) => o.shortName.en },
    { name: 'sources', type: 'list', value: (o) => o.sources },
  ],
  sources: [
    { name: 'id', type: 'string', value: (s) => s.id },
    { name: 'publisher_fr', type: 'string', value: (s) => publisherName(s, 'fr') },
    { name: 'publisher_en', type: 'string', value: (s) => publisherName(s, 'en') },
    { name: 'title', type: 'string', optional: true, value: (s) => s.title },
    { name: 'url', type: 'url', value: (s) => s.url },
    { name: 'date', type: 'date', optional: true, value: (s) => s.date },
    { name: 'language', type: 'string', value: (s) => s.language },
    { name: 'kind', type: 'enum', values: sourceSchema.shape.kind.options, value: (s) => s.kind },
    { name: 'relays', type: 'string', optional: true, value: (s) => s.relays },
  ],
  timeline: [
    { name: 'id', type: 'string', value: (e) => e.id },
    { name: 'date', type: 'date', value: (e) => e.date },
    { name: 'text_fr', type: 'string', value: (e) => e.text.fr },
    { name: 'text_en', type: 'string', value: (e) => e.text.en },
    ...noteFields,
    { name: 'sources', type: 'list', value: (e) => e.sources },
  ],
} as const satisfies { [D in Dataset]: readonly Field<OpenDataCollections[D][number]>[] };

/** The field names of a dataset. */
type FieldName<D extends Dataset> = (typeof DICTIONARY)[D][number]['name'];

/** What the reader is told about each dataset and field, in one language (`openData` in `src/i18n/`). */
export type OpenDataText = { [D in Dataset]: { title: string; description: string; fields: Record<FieldName<D>, string> } };

/** The value of a field in a record: lists are arrays, an empty optional field is `null`. */
export type OpenDataValue = string | boolean | readonly string[] | null;
export type OpenDataRecord = Record<string, OpenDataValue>;

/** The fields of a dataset, in column order. */
export function datasetFields(dataset: Dataset): readonly FieldSpec[] {
  return DICTIONARY[dataset];
}

/** What a field means, in the language of `text`. */
export function fieldDescription(text: OpenDataText, dataset: Dataset, name: string): string {
  const description = (text[dataset].fields as Partial<Record<string, string>>)[name];
  if (description === undefined) throw new Error(`no description of the field "${name}" of the dataset "${dataset}"`);
  return description;
}

/**
 * The records of a dataset, with every field of the dictionary: sorted by id, and the timeline
 * then by date, in the order of the timeline page.
 */
export function datasetRecords(dataset: Dataset, collections: OpenDataCollections): OpenDataRecord[] {
  const fields = DICTIONARY[dataset] as readonly Field<unknown>[];
  const byId = [...collections[dataset]].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const entries = dataset === 'timeline' ? eventsBetween(byId as TimelineEvent[]) : byId;
  return entries.map((entry) => Object.fromEntries(fields.map((field) => [field.name, field.value(entry) ?? null])));
}

/**
 * The CSV file of a dataset: a header row of the field names, lists joined with `LIST_SEPARATOR`,
 * lists of texts with `TEXT_SEPARATOR`, booleans as true/false. A cell a spreadsheet would read
 * as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`,
 * as OWASP advises against CSV injection.
 */
export function datasetCsv(dataset: Dataset, records: readonly OpenDataRecord[]): string {
  const fields = datasetFields(dataset);
  const names = fields.map((field) => field.name);
  const cell = (value: OpenDataValue, type: FieldType): string =>
    value === null ? '' : typeof value === 'object' ? value.join(csvSeparator(type)) : String(value);
  return stringify(
    records.map((record) => fields.map((field) => cell(record[field.name] ?? null, field.type))),
    { header: true, columns: names, record_delimiter: 'windows', escape_formulas: true },
  );
}

/**
 * The JSON file of a dataset: an object whose metadata (title, description, the content file it
 * is generated from, documentation page, fields) precedes `records`, the array of records.
 * @param text the reader-facing text in each language
 * @param documentation the absolute URL of the data page in each language
 */
export function datasetJson(
  dataset: Dataset,
  records: readonly OpenDataRecord[],
  text: Record<Lang, { note: string; datasets: OpenDataText }>,
  documentation: Record<Lang, string>,
): string {
  const both = (pick: (lang: Lang) => string): Record<Lang, string> => ({ fr: pick('fr'), en: pick('en') });
  const document = {
    dataset,
    title: both((lang) => text[lang].datasets[dataset].title),
    description: both((lang) => text[lang].datasets[dataset].description),
    note: both((lang) => text[lang].note),
    generated_from: DATA_FILES[dataset],
    documentation,
    fields: datasetFields(dataset).map(({ name, type, optional, values }) => ({
      name,
      type,
      optional: optional ?? false,
      ...(values ? { values } : {}),
      description: both((lang) => fieldDescription(text[lang].datasets, dataset, name)),
    })),
    records,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The URL of an exported file under the deploy base, such as `/data/countries.csv`. */
export function dataFileUrl(base: string, dataset: Dataset, format: Format): string {
  return fileUrl(base, `${DATA_DIR}/${dataFileName(dataset, format)}`);
}

/** The file name of an export, such as `countries.csv`. */
export function dataFileName(dataset: Dataset, format: Format): string {
  return `${dataset}.${format}`;
}
