// Lint rules. The one that matters most: src/core stays free of the editor,
// so the same core serves the VS Code layer, the CLI and plain-Node tests.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**', 'test-artifacts/**', 'samples/**', 'reports/**', '.stryker-tmp/**'] },
  ...tseslint.configs.recommended,
  {
    // Type-aware rules: a promise nobody awaits loses its errors (a write that failed
    // silently is how annotations get lost), so every one is awaited or marked `void`.
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core must not depend on the editor: pass plain data in instead.' },
          { name: 'fs', message: 'src/core reaches files only through the FileSystem interface.' },
          { name: 'node:fs', message: 'src/core reaches files only through the FileSystem interface.' },
          { name: 'fs/promises', message: 'src/core reaches files only through the FileSystem interface.' },
          { name: 'node:fs/promises', message: 'src/core reaches files only through the FileSystem interface.' },
        ],
      }],
    },
  },
  {
    // The editor and the CLI see the core through its one entry point, src/core/index.ts.
    files: ['src/editor/**/*.ts', 'src/cli/**/*.ts', 'src/node/**/*.ts', 'src/extension.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '(^|/)core/.+', message: 'Import from the core entry point (src/core/index.ts), not from its modules.' }],
      }],
    },
  },
  {
    // Node adapters serve the CLI too, which has no editor.
    files: ['src/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/node is shared with the CLI: no editor API here.' }],
        patterns: [{ regex: '(^|/)core/.+', message: 'Import from the core entry point (src/core/index.ts), not from its modules.' }],
      }],
    },
  },
);
