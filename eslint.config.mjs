// Lint settings: typescript-eslint strict on sources; generated and built output left alone.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'xsd/**', 'data/**', '**/*.tmp.mjs'] },
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-extraneous-class': 'off',
      // With noUncheckedIndexedAccess every indexed read is optional; `!` marks a locally proven invariant.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
