// Test runner configuration: every test under test/ but the browser tests (`npm run test:browser`, which
// need Chromium), run in two forks (one per core), with a generous default timeout because the
// validation suite runs real simulations.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/browser/**'],
    testTimeout: 120_000,
    pool: 'forks',
  },
});
