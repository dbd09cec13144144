/**
 * Zod schemas of every content collection. Shared by `src/content.config.ts` (Astro's loaders)
 * and by the project's own integrity check, so both read the content the same way.
 * References to other entries are plain ids here; `integrity.ts` checks that they exist.
 */
import { z } from 'astro/zod';

export const LANGS = ['fr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A calendar date written `YYYY-MM-DD`, or `YYYY-MM` when a source gives only the month. */
const partialDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'expected a date written YYYY-MM-DD or YYYY-MM' })
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: 'expected a date written YYYY-MM-DD or YYYY-MM' })
    .refine(isRealPartialDate, { error: 'not a real calendar date' }),
);

function isRealPartialDate(text: string): boolean {
  const [year, month, day = 1] = text.split('-').map(Number) as [number, number, number?];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A full calendar date (`YYYY-MM-DD`), kept as a string so that no time zone can shift it. */
const fullDate = partialDate.refine((text) => text.length === 10, {
  error: 'expected a full date written YYYY-MM-DD',
});

/** Text written in both languages. */
export const bilingual = z.object({ fr: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingual>;

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a lower-case id such as "my-id-2026"' });
const sourceIds = z.array(z.string()).min(1, { error: 'at least one source is required' });

/** A label the facts file puts on a claim: disputed, our interpretation, or unknown; or background a title leaves out. */
export const annotation = z.object({
  kind: z.enum(['disputed', 'interpretation', 'unknown', 'correction', 'background']),
  text: bilingual,
  sources: z.array(z.string()).default([]),
});
export type Annotation = z.infer<typeof annotation>;

/** The states whose media the sources include (the facts file marks TASS, Xinhua and CGTN "state media"). */
export const STATE_MEDIA = ['RU', 'CN'] as const;

export const sourceSchema = z.object({
  id,
  /** The site or institution that published the page; in both languages when its name differs (an institution). */
  publisher: z.union([z.string().min(1), bilingual], {
    error: (issue) =>
      issue.input === undefined ? 'required field is missing' : 'expected a name, or a name in French and in English (fr:, en:)',
  }),
  title: z.string().min(1).optional(),
  /** What the page is, where the facts file says so but records no headline (a statement, a transcript): never a headline. */
  document: bilingual.optional(),
  /** http:// only where the facts file records no https:// address for the page (e.g. Xinhua's chinaview.cn). */
  url: z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' }),
  /** Absent when the stored copy of the page shows no date. */
  date: partialDate.optional(),
  language: z.string().regex(/^[a-z]{2}$/, { error: 'expected a two-letter language code' }),
  kind: z.enum(['primary', 'press', 'aggregator']),
  /** The outlet whose text the page carries (a wire or another outlet), or the institution whose record it copies (`kind: primary`). */
  relays: z.string().min(1).optional(),
  /** Present when the page is (or relays) a state's media, per the facts file: that state's ISO code. */
  stateMedia: z.enum(STATE_MEDIA).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const PRESENCE = ['present', 'announced', 'agency-list', 'absent'] as const;
export type Presence = (typeof PRESENCE)[number];

/**
 * Whether a person attended, with the sources that say so (never sources about something else,
 * such as their role): "X attended" cites exactly these.
 */
export const presenceSchema = z.object({ status: z.enum(PRESENCE), sources: sourceIds });
export type PresenceEvidence = z.infer<typeof presenceSchema>;

export const personSchema = z
  .object({
    id,
    name: z.string().min(1),
    role: bilingual,
    /** The sources that give the person's role on 6 January 2026. */
    roleSources: sourceIds,
    country: z.string().optional(),
    organisation: z.string().optional(),
    presence: presenceSchema,
    /** What a source records the person saying at or about the summit (paraphrase; quotes in quotation marks). */
    statements: z.array(z.object({ text: bilingual, sources: sourceIds })).default([]),
    notes: z.array(annotation).default([]),
    /** Present for the summit's key actors (who's who opens with them): why they matter, and the sources that say so. */
    keyActor: z.object({ why: bilingual, sources: sourceIds }).optional(),
  })
  .refine((person) => (person.country === undefined) !== (person.organisation === undefined), {
    error: 'give exactly one of "country" or "organisation"',
    path: ['country'],
  });
export type Person = z.infer<typeof personSchema>;

/** What a state or an organisation offered or said about the guarantees at the summit, with the sources that report it. */
const offerSchema = z.object({ text: bilingual, sources: sourceIds });
export type Offer = z.infer<typeof offerSchema>;

export const LEVELS = ['leader', 'minister', 'envoy', 'not-given'] as const;
export type Level = (typeof LEVELS)[number];
/** A standing in the coalition that a source states (member: named on a list of members published before the summit). */
export const MEMBERSHIPS = ['member', 'non-member', 'observer'] as const;
export type Membership = (typeof MEMBERSHIPS)[number];

export const countrySchema = z.object({
  id: z.string().regex(/^[A-Z]{2}$/, { error: 'expected an ISO 3166-1 alpha-2 code such as "FR"' }),
  level: z.enum(LEVELS),
  /**
   * The sources that say the state was represented at this level (or, for `not-given`, that it
   * was represented): "S was represented at level L" cites exactly these.
   */
  levelSources: sourceIds,
  /** Present when the state co-chaired the summit, with the sources that say so. */
  coChair: z.object({ sources: sourceIds }).optional(),
  /** Present only where a source states the state's standing in the coalition. */
  membership: z.object({ status: z.enum(MEMBERSHIPS), sources: sourceIds }).optional(),
  representatives: z.array(z.string()).default([]),
  notes: z.array(annotation).default([]),
  offer: offerSchema.optional(),
  /** Ids of the timeline events, after the summit, in which the state acts (its page lists them). */
  after: z.array(z.string()).default([]),
  /** What the summit meant for the state, sentence by sentence, each with its sources: its page opens with them. */
  lead: z.array(offerSchema).default([]),
  /** The articles about the state (their `translationKey`), linked under its lead. */
  articles: z.array(z.string()).default([]),
});
export type Country = z.infer<typeof countrySchema>;

export const organisationSchema = z.object({
  id,
  name: bilingual,
  shortName: bilingual,
  sources: sourceIds,
  offer: offerSchema.optional(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const MEASURES = [
  'states',
  'leader-level-states',
  'leaders-expected',
  'ministerial-states',
  'envoy-states',
  'organisations',
] as const;
export type Measure = (typeof MEASURES)[number];

const reportedCountSchema = z.object({
  id,
  measure: z.enum(MEASURES),
  figure: z.number().int().nonnegative(),
  what: bilingual,
  sources: sourceIds,
});
export type ReportedCount = z.infer<typeof reportedCountSchema>;

export const summitSchema = z.object({
  id,
  date: fullDate,
  place: bilingual,
  host: z.string(),
  coChairs: z.array(z.string()).min(1),
  /** After the host and co-chairs, the other key actors, in the order the who's who shows them (each with a `keyActor` line). */
  keyActors: z.array(z.string()).default([]),
  counts: z.array(reportedCountSchema).min(1),
  notes: z.array(annotation).default([]),
  sources: sourceIds,
});
export type Summit = z.infer<typeof summitSchema>;

export const timelineEventSchema = z.object({
  id,
  date: partialDate,
  /**
   * The event's place among the events of the same date, 1 first. Required when several events
   * share a date (the content check says so): without it they would fall in the order of their ids.
   */
  order: z.number().int().positive().optional(),
  text: bilingual,
  notes: z.array(annotation).default([]),
  sources: sourceIds,
  /** The people the event's text names (ids of `people`), each linked from the entry. */
  people: z.array(z.string()).default([]),
  /** The articles that tell of the event (their `translationKey`), each linked from the entry. */
  articles: z.array(z.string()).default([]),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const TOPICS = ['overview', 'participants', 'guarantees', 'united-states', 'context'] as const;

export const articleSchema = z.object({
  title: z.string().min(1),
  /** A few words naming the article where a list names many pages (the sources page's « Citée sur »), where its headline is too long; the title when absent. */
  shortTitle: z.string().min(1).max(40, { error: 'a short title has 40 characters at most' }).optional(),
  /** The title of the article’s card on the home page, where its headline would repeat the home's own (the lead); the title when absent. */
  cardTitle: z.string().min(1).optional(),
  description: z.string().min(1),
  lang: z.enum(LANGS),
  translationKey: id,
  published: fullDate,
  updated: fullDate.optional(),
  topic: z.enum(TOPICS),
  /** The article's place on its language's home page, 1 for the lead; the same in both languages. */
  homeOrder: z.number().int().positive(),
  keyPoints: z.array(z.string().min(1)).min(1, { error: 'at least one key point is required' }),
  /** The date up to which the article's facts were established (its latest sourced event). */
  factsAsOf: fullDate,
  corrections: z.array(z.object({ date: fullDate, note: z.string().min(1) })).default([]),
  draft: z.boolean().default(false),
});
export type ArticleData = z.infer<typeof articleSchema>;
