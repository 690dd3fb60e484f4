import js from '@eslint/js';
import esX from 'eslint-plugin-es-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Module boundaries from DESIGN.md: data flows one way, and each folder may
// import only what sits upstream of it.
const UI_LIBS = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'd3-*'];
/**
 * What the page-side layers (state, embed, panels) may not import, given the
 * path prefix from their files to src/: the kernel, the data, the thread
 * plumbing, and of the training and sweep code anything but the message types.
 */
const belowThePage = (up) => [
  `${up}model`,
  `${up}model/*`,
  `${up}data`,
  `${up}data/*`,
  `${up}threads/*`,
  `${up}training/*`,
  `!${up}training/protocol`,
  `${up}sweep/*`,
  `!${up}sweep/protocol`,
];
const restrict = (patterns) => ['error', { patterns: [{ group: patterns, message: 'This import crosses a module boundary of DESIGN.md.' }] }];
const urlAndParent = [
  { object: 'window', property: 'location', message: 'Only src/embed touches the URL.' },
  { object: 'window', property: 'history', message: 'Only src/embed touches the history.' },
  { object: 'window', property: 'parent', message: 'Only src/embed talks to the parent page.' },
];

// Later blocks replace a rule's options, so the pure core restates the URL rules with its own.
const noGlobalRandom = {
  'no-restricted-properties': ['error', ...urlAndParent, { object: 'Math', property: 'random', message: 'Inject an Rng: runs must replay from their seed.' }],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Worker']", message: 'Only src/training/client.ts and src/sweep/client.ts create Workers.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'location', message: 'Only src/embed touches the URL.' },
        { name: 'history', message: 'Only src/embed touches the history.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/embed/**'],
    rules: { 'no-restricted-properties': ['error', ...urlAndParent] },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/model/**'],
    rules: { 'no-restricted-imports': restrict(['../*', ...UI_LIBS]), ...noGlobalRandom },
  },
  {
    files: ['src/data/**'],
    rules: {
      'no-restricted-imports': restrict([
        '../*',
        '!../model',
        '../model/*',
        '!../model/rng',
        '!../model/validation',
        '!../model/validation.test-helpers',
        ...UI_LIBS,
      ]),
      ...noGlobalRandom,
    },
  },
  {
    // The shared vocabulary: every folder above may import it; it imports only the core's config types and limits.
    files: ['src/experiment/**'],
    rules: {
      'no-restricted-imports': restrict(['../*', '!../model', '../model/*', '!../model/config', '!../data', '../data/*', '!../data/config', ...UI_LIBS]),
      ...noGlobalRandom,
    },
  },
  {
    // Generic thread plumbing (worker wiring, time slices): knows nothing of training or sweeps.
    files: ['src/threads/**'],
    rules: { 'no-restricted-imports': restrict(['../*', ...UI_LIBS]) },
  },
  {
    files: ['src/training/**'],
    rules: { 'no-restricted-imports': restrict(['**/state/*', '**/panels/*', '**/embed/*', '**/sweep/*', ...UI_LIBS]) },
  },
  {
    // Sweeps build their runs the way the trainer does (create-run) and nothing else of it.
    files: ['src/sweep/**'],
    rules: { 'no-restricted-imports': restrict(['**/state/*', '**/panels/*', '**/embed/*', '**/training/*', '!**/training/create-run', ...UI_LIBS]) },
  },
  {
    files: ['src/training/client.ts', 'src/sweep/client.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/state/**'],
    rules: {
      'no-restricted-imports': restrict(['../panels/*', '../embed/*', ...belowThePage('../'), 'd3-*', 'react-dom', 'react-dom/*']),
    },
  },
  {
    // Every panel file sits exactly one folder down (panels/<panel>/file), so ../../ names a src folder.
    // From the training and sweep code, panels may import only message types.
    files: ['src/panels/**'],
    rules: {
      'no-restricted-imports': restrict([...belowThePage('../../'), '../../embed/*']),
    },
  },
  {
    files: ['src/embed/**'],
    rules: {
      'no-restricted-imports': restrict(['../panels/*', ...belowThePage('../'), 'd3-*']),
    },
  },
  {
    // The browsers of the README's support list (vite.config.ts BROWSER_TARGET; the oldest is Safari 16.0).
    // The build lowers syntax to that target, but not what fails only at run time: built-ins newer than
    // ES2023 and regular-expression syntax (a lookbehind becomes a string-built RegExp, a SyntaxError
    // when the chunk loads in Safari < 16.4).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/test-fixtures.ts'],
    ...esX.configs['flat/restrict-to-es2023'],
    rules: {
      ...esX.configs['flat/restrict-to-es2023'].rules,
      'es-x/no-regexp-lookbehind-assertions': 'error',
      'es-x/no-regexp-duplicate-named-capturing-groups': 'error',
      'es-x/no-regexp-modifiers': 'error',
    },
  },
  {
    // Integration tests may wire modules together the way main.tsx does.
    files: ['src/**/*.test.{ts,tsx}', 'src/**/test-fixtures.ts'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-imports': 'off' },
  },
);
