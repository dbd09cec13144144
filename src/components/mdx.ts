/**
 * The components an article's MDX can use without importing them (see content/README.md). `<Cite>`
 * and the `##`/`###` heading links are compiled instead (src/lib/markdown/).
 */
import Callout from './Callout.astro';
import Count from './Count.astro';
import CountBox from './CountBox.astro';
import CountryList from './CountryList.astro';
import Figure from './Figure.astro';
import PersonCard from './PersonCard.astro';
import PullQuote from './PullQuote.astro';
import Tally from './Tally.astro';
import Timeline from './Timeline.astro';

export const mdxComponents = {
  Callout,
  Count,
  CountBox,
  CountryList,
  Figure,
  PersonCard,
  PullQuote,
  Tally,
  Timeline,
};
