/** The components an article's MDX can use without importing them. */
import Cite from './Cite.astro';
import Count from './Count.astro';

export const mdxComponents = { Cite, Count };
