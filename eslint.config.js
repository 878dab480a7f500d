import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-ssr', 'dist-base', 'coverage', 'playwright-report', 'test-results', 'node_modules'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          // No user-visible literal in JSX: every string is a translation key (see src/i18n).
          selector: 'JSXText[value=/\\p{L}/u]',
          message: 'Visible text must come from i18next (t("key")), not a literal in JSX.',
        },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|alt|title|placeholder)$/] > Literal',
          message: 'Accessible names and titles must come from i18next, not a literal.',
        },
      ],
    },
  },
  {
    // Features meet only in src/app: a feature never imports another feature.
    files: ['src/components/**', 'src/hooks/**', 'src/config/**', 'src/content/**', 'src/i18n/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/features/*', '@/app/*'], message: 'Shared code imports no feature.' }] },
      ],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'tests/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
