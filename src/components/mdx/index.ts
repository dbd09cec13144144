/**
 * The components an article's MDX can use without importing them (see content/README.md). The
 * `##`/`###` heading links are compiled instead (src/lib/markdown/heading-anchors.ts).
 */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Count from './Count.astro';
import CountComparison from './CountComparison.astro';
import CountryList from './CountryList.astro';
import Figure from './Figure.astro';
import MapEmbed from './MapEmbed.astro';
import NumberedBlocks from './NumberedBlocks.astro';
import OffersTable from './OffersTable.astro';
import PersonCard from './PersonCard.astro';
import PullQuote from './PullQuote.astro';
import TableFigure from './TableFigure.astro';
import Tally from './Tally.astro';
import Timeline from './Timeline.astro';

export const mdxComponents = {
  Callout,
  Cite,
  Count,
  CountComparison,
  CountryList,
  Figure,
  MapEmbed,
  NumberedBlocks,
  OffersTable,
  PersonCard,
  PullQuote,
  TableFigure,
  Tally,
  Timeline,
};
