import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check.ts';
import { formatProblems } from '../lib/content/problem.ts';

/**
 * Checks the whole `content/` folder when Astro starts (build, dev, check), before any page is
 * rendered, and stops with one line per problem: file, field, bad value, what is wrong.
 */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const problems = checkContent(fileURLToPath(config.root));
        if (problems.length > 0) throw new Error(formatProblems(problems));
        logger.info('content checked: no problems found');
      },
    },
  };
}
