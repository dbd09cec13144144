/** The open-data records of a dataset, from the site's data (the same the pages show). */
import { datasetRecords, type Dataset, type OpenDataRecord } from '../lib/open-data.ts';
import type { SiteData } from './site-data.ts';

/** The records of one dataset, as the exported files hold them. */
export function siteDatasetRecords(dataset: Dataset, data: SiteData): OpenDataRecord[] {
  return datasetRecords(dataset, { ...data, sources: [...data.sources.values()] });
}
