import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The rule ids ESLint reports for `code` as if it were the file at `filePath`. */
async function ruleIds(code: string, filePath: string): Promise<(string | null)[]> {
  const [result] = await new ESLint().lintText(code, { filePath });
  return result?.messages.map((message) => message.ruleId) ?? [];
}

const RULE = '@typescript-eslint/no-restricted-imports';

describe('the lint rule that keeps the site data out of components', () => {
  it('refuses astro:content and the src/data readers in a component, MDX ones included', async () => {
    expect(
      await ruleIds("import { getCollection } from 'astro:content';\nexport const x = getCollection;\n", 'src/components/mdx/Probe.ts'),
    ).toContain(RULE);
    expect(
      await ruleIds("import { getSiteData } from '../data/site-data.ts';\nexport const x = getSiteData;\n", 'src/components/Probe.ts'),
    ).toContain(RULE);
    expect(
      await ruleIds(
        "import { getLiveArticles } from '../../data/articles.ts';\nexport const x = getLiveArticles;\n",
        'src/components/mdx/Probe.ts',
      ),
    ).toContain(RULE);
  });

  it('allows type imports in components, and the readers in pages', async () => {
    expect(
      await ruleIds("import type { Article } from '../data/articles.ts';\nexport type X = Article;\n", 'src/components/Probe.ts'),
    ).not.toContain(RULE);
    expect(
      await ruleIds("import { getSiteData } from '../data/site-data.ts';\nexport const x = getSiteData;\n", 'src/pages/probe.ts'),
    ).not.toContain(RULE);
  });
});
