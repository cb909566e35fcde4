import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'tests/e2e/artifacts', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The story core runs in Node, in tests and in tools: no engine, no sound, no page.
    files: ['src/story/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['phaser', 'phaser/*'], message: 'src/story is pure: no Phaser.' },
            { group: ['howler'], message: 'src/story is pure: no howler.' },
            {
              group: ['inkjs/full', 'inkjs/compiler/*'],
              message: 'Ship the runtime: the compiler belongs in tools/ and tests.',
            },
            {
              group: ['../*'],
              message: 'src/story imports only its own folder and the ink runtime.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'navigator',
        'requestAnimationFrame',
      ],
    },
  },
  {
    // The shipped game never bundles the ink compiler.
    files: ['src/**/*.ts'],
    ignores: ['src/story/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['inkjs/full', 'inkjs/compiler/*'],
              message: 'Ship the runtime: compile ink at build time.',
            },
          ],
        },
      ],
    },
  },
);
