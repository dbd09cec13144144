/** The open-data records of a dataset, read from the same collections as the pages. */
import { datasetRecords, type Dataset, type OpenDataRecord } from '../lib/open-data.ts';
import { getSiteData } from './site-data.ts';

/** The records of one dataset, as the exported files hold them. */
export async function getDatasetRecords(dataset: Dataset): Promise<OpenDataRecord[]> {
  const data = await getSiteData();
  return datasetRecords(dataset, { ...data, sources: [...data.sources.values()] });
}
