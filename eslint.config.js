// ESLint (flat config): the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro,
// plus one rule that keeps `astro:content` out of the components.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', '.cache/', 'test-results/', 'playwright-report/', 'tests/bench/results/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    rules: {
      // French typography puts no-break spaces inside the UI strings (« guillemets », « : »).
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
      // Leaving a property out by destructuring the rest (`const { transform: _, ...rest } = …`) is intended.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  // Config files and the Node scripts run in Node.
  { files: ['*.{js,mjs}', 'scripts/**/*.mjs'], languageOptions: { globals: globals.node } },
  // The hand-written scripts the site ships run in the browser (as modules).
  { files: ['public/scripts/**/*.js'], languageOptions: { globals: globals.browser } },
  {
    files: ['src/components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'astro:content',
              message:
                "Components get the site's data through Astro.locals via pageData(); importing astro:content makes Astro render them ahead of the page and number citations out of order (see src/data/citation-context.ts).",
            },
          ],
        },
      ],
    },
  },
);
