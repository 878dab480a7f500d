import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import tseslint from 'typescript-eslint';

/** Visible text and accessible names come from i18next (see src/i18n), never a literal in JSX. */
const textRules = [
  {
    selector: 'JSXText[value=/\\p{L}/u]',
    message: 'Visible text must come from i18next (t("key")), not a literal in JSX.',
  },
  {
    selector: 'JSXAttribute[name.name=/^(aria-label|alt|title|placeholder)$/] > Literal',
    message: 'Accessible names and titles must come from i18next, not a literal.',
  },
];
/** The content's translation keys are known to one file: everything else receives localised data. */
const contentKeyRule = {
  selector:
    'TemplateElement[value.raw=/^(cards|rooms|speakers|hall)\\./], Literal[value=/^hall\\.(name|place|intro|about)$/]',
  message: "A content text's key is built in src/content/content-keys.ts only: use useLocalise().",
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-ssr',
      'dist-base',
      'dist-staff',
      'coverage',
      'playwright-report',
      'test-results',
      'node_modules',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked, jsxA11y.configs.recommended],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', ...textRules],
    },
  },
  {
    // What shows content receives it localised (src/content): it never builds a translation key.
    files: ['src/app/**', 'src/components/**', 'src/features/**', 'src/hooks/**', 'src/i18n/**', 'src/lib/**'],
    rules: { 'no-restricted-syntax': ['error', ...textRules, contentKeyRule] },
  },
  {
    // The bench and the test tools, plain ES modules run by Node (and pages they evaluate in the
    // browser): checked too.
    files: ['tests/**/*.mjs'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
  },
  {
    // scripts/ is Node's, at build time or as a CLI: the app never imports it (it may import the
    // app's shared code). A rule of its own name, so that the zones below do not replace it.
    files: ['src/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)scripts(/|$)',
              message: 'scripts/ runs in Node at build time: the app does not import it (move shared code to src/).',
            },
          ],
        },
      ],
    },
  },
  {
    // Shared code imports no feature and not the app.
    files: ['src/components/**', 'src/hooks/**', 'src/config/**', 'src/content/**', 'src/i18n/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/features/*', '@/app/*'], message: 'Shared code imports no feature.' }] },
      ],
    },
  },
  // Features meet only in src/app: a feature imports shared code (components, content, hooks,
  // lib, config, i18n), never another feature nor the app.
  ...readdirSync('src/features').map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', `!@/features/${feature}`, '@/app/*'],
              message: `A feature imports shared code only (src/components, hooks, lib…): move what ${feature} shares there.`,
            },
            // A sibling folder by a relative path (data and tests, further up, are not features).
            { regex: '^\\.\\./[^.]', message: 'Another feature, by a relative path: import shared code by @/.' },
          ],
        },
      ],
    },
  })),
  {
    // Tests take content apart as untyped JSON on purpose (hostile data, fixtures): the unsafe-any
    // rules are for the app's code.
    files: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/**'],
    rules: {
      'no-restricted-syntax': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // act(async () => …) and mocks that stand for async functions are the tests' idiom.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
