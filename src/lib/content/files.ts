/** Where each content collection lives, relative to the project root. */
export const DATA_FILES = {
  sources: 'content/sources.yaml',
  people: 'content/people.yaml',
  countries: 'content/countries.yaml',
  organisations: 'content/organisations.yaml',
  summit: 'content/summit.yaml',
  timeline: 'content/timeline.yaml',
} as const;

export type DataCollection = keyof typeof DATA_FILES;

export const ARTICLES_DIR = 'content/articles';
