// Test runner configuration of `npm run test:browser`: only the browser tests, which need Debian's
// chromium package; `npm test` (vitest.config.ts) leaves them out so that it runs without a browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    testTimeout: 120_000,
    pool: 'forks',
  },
});
