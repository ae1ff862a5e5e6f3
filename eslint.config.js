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
    // User-facing text is one locale string per sentence, with the language's own punctuation
    // (docs/style-de.md, docs/style-zh.md). In UI code, no sentence is put together from
    // translated pieces, no list is joined with typed punctuation, and no punctuation is
    // typed between translated texts. Lists: formatList (locales/text.ts); labels, brackets,
    // separators: common:punctuation.* with fillParts. .astro templates are checked by
    // test/unit/text-assembly.test.ts.
    files: [
      'site/src/**/*.{ts,tsx}',
      'extension/ui/**/*.{ts,tsx}',
      'ui/**/*.{ts,tsx}',
      'extension/entrypoints/**/*.{ts,tsx}',
    ],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "BinaryExpression[operator='+']:has(CallExpression[callee.name=/^(t|fillText)$/])",
          message:
            'Do not concatenate translated text: give the whole sentence one locale key with placeholders.',
        },
        {
          selector: 'TemplateLiteral:has(> CallExpression[callee.name=/^(t|fillText)$/])',
          message:
            'Do not build text from translated pieces in a template literal: use one locale key with placeholders, or common:punctuation.*.',
        },
        {
          selector:
            "CallExpression[callee.property.name='join'][arguments.0.value=/^\\s*[,;|·]\\s+$|^\\s+[|·]\\s*$|^[、，；]$/]",
          message:
            'Do not join user-visible lists with typed punctuation: use formatList (locales/text.ts) or t("common:punctuation.separator").',
        },
        {
          // `${title} – ${scenario}`, `${name}: ${count}`: a sentence or title put together from
          // values with punctuation typed in code (the tree's document title, the quiz summary).
          selector:
            'TemplateLiteral[expressions.length>0] > TemplateElement[value.raw=/^(: |, |; )| – | — | · |[：，；、]/]',
          message:
            'Text put together with typed punctuation: use one locale key with placeholders (fillText), or common:punctuation.*.',
        },
        {
          selector: 'JSXText[value=/^\\s*[:;,|·()（）：；，]+\\s*$/]',
          message:
            'Punctuation typed between translated texts: use t("common:punctuation.labelled" | "parenthetical") with fillParts.',
        },
        {
          // Dates for readers: locales/format.ts (its Chinese dates are spaced, Intl's are not).
          selector:
            "NewExpression[callee.object.name='Intl'][callee.property.name='DateTimeFormat']",
          message:
            'Format dates and times for readers with locales/format.ts (formatDate, formatClock), the one date path.',
        },
        {
          selector: 'JSXExpressionContainer > Literal[value=/^\\s*[:;,|·()（）：；，]+\\s*$/]',
          message:
            'Punctuation typed between translated texts: use t("common:punctuation.*") with fillParts.',
        },
      ],
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
