import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCacheDir } from '../lib/file-cache.ts';
import { checkContent } from '../lib/content/check.ts';
import { formatProblems } from '../lib/content/problem.ts';
import { yamlCache } from '../lib/content/yaml-cache.ts';

/**
 * Checks the whole `content/` folder when Astro starts (build, dev, check), before any page is
 * rendered, and stops with one line per problem: file, field, bad value, what is wrong. Parsed
 * YAML is remembered between builds, so an unchanged archive is not parsed again.
 */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'content-integrity',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        // Parsed YAML is kept between builds in the content check's own build cache.
        const yaml = yamlCache(join(buildCacheDir(root, 'content-check'), 'yaml.json'));
        const problems = checkContent(root, yaml.parse);
        yaml.save();
        if (problems.length > 0) throw new Error(formatProblems(problems));
        logger.info('content checked: no problems found');
      },
    },
  };
}
