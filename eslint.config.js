import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'out/', 'node_modules/', 'test/fixtures/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: globals.node,
    },
    rules: {
      // `const { episodes: _others, ...rest } = config` omits a key on purpose; `_` marks a name kept unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Indexed access is checked by `noUncheckedIndexedAccess`; `!` after it states a known bound.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Emoji stripping lists the joiner, variation selector and skin-tone modifiers one by one on purpose.
    files: ['src/render/cards/quote-text.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
  {
    // Tests match terminal colour codes (`\x1b[`) in output.
    files: ['test/**'],
    rules: { 'no-control-regex': 'off' },
  },
);
