/** The pages of the built site, found by walking dist/ (never a hand-kept list). */
import { htmlFiles, pagePath } from '../support/dist.ts';

export const PAGES = htmlFiles().map((file) => ({ file, path: pagePath(file) }));
export { BASE } from '../support/dist.ts';
