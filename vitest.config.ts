import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Messages follow the locale (LC_ALL, LC_MESSAGES, LANG): the tests run in none, so a
    // developer's French terminal does not turn the English expectations French.
    env: { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
  },
});
