import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content/check.ts';
import { formatProblems } from '../lib/content/problem.ts';
import { yamlCache } from '../lib/content/yaml-cache.ts';

/** Where the check keeps its parsed YAML between builds (hosts keep `node_modules/.cache`). */
const YAML_CACHE = 'node_modules/.cache/content-check/yaml.json';

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
        const yaml = yamlCache(join(root, YAML_CACHE));
        const problems = checkContent(root, yaml.parse);
        yaml.save();
        if (problems.length > 0) throw new Error(formatProblems(problems));
        logger.info('content checked: no problems found');
      },
    },
  };
}
