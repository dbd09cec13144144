// ESLint (flat config): the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro,
// plus one rule that keeps `astro:content` (directly or through src/data/) out of the components.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// A component that imports astro:content, even through another module, is rendered ahead of
// the page for head propagation, and would number its citations out of reading order.
const COMPONENT_DATA_MESSAGE =
  "Components read the site's data from Astro.locals.data (src/middleware.ts): importing astro:content, even through src/data/, makes Astro render them ahead of the page and number citations out of reading order.";

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
      // Type imports vanish from the built code, so they are allowed.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'astro:content', message: COMPONENT_DATA_MESSAGE, allowTypeImports: true }],
          patterns: [{ group: ['**/data/site-data*', '**/data/articles*'], message: COMPONENT_DATA_MESSAGE, allowTypeImports: true }],
        },
      ],
    },
  },
);
