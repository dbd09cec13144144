import type { APIContext } from 'astro';
import { siteDatasetRecords } from '../../data/open-data.ts';
import { uiStrings } from '../../i18n/index.ts';
import type { Lang } from '../../lib/content/schema.ts';
import { datasetCsv, datasetJson, DATASETS, FORMATS, type Dataset, type Format } from '../../lib/open-data.ts';
import { sectionUrl } from '../../lib/routes.ts';
import { publicUrl } from '../../lib/paths.ts';

export function getStaticPaths() {
  return DATASETS.flatMap((dataset) => FORMATS.map((format) => ({ params: { dataset, format }, props: { dataset, format } })));
}

const CONTENT_TYPES: Record<Format, string> = { json: 'application/json; charset=utf-8', csv: 'text/csv; charset=utf-8' };

/** One open-data file, `/data/<dataset>.<format>`: the same for both languages (the JSON metadata is bilingual). */
export async function GET(context: APIContext) {
  const { dataset, format } = context.props as { dataset: Dataset; format: Format };
  const records = siteDatasetRecords(dataset, context.locals.data);
  const text = (lang: Lang) => ({ note: uiStrings(lang).dataGenerated, datasets: uiStrings(lang).openData });
  const page = (lang: Lang) => publicUrl(sectionUrl(import.meta.env.BASE_URL, lang, 'data'), context.site);
  const body =
    format === 'csv'
      ? datasetCsv(dataset, records)
      : datasetJson(dataset, records, { fr: text('fr'), en: text('en') }, { fr: page('fr'), en: page('en') });
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[format] } });
}
