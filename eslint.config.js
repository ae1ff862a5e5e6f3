import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      '**/.output/**',
      '**/.wxt/**',
      '**/dist/**',
      'site/.astro/**',
      'test-results/**',
      'playwright-report/**',
      '.bench/**',
      'release/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Plain scripts that run in the browser: fixture pages imitating Partner Center.
    files: ['test/fixtures/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Command-line scripts and test tooling print their results.
    files: ['scripts/**', 'test/**', '**/*.config.*', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
);
