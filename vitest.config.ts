// Test runner configuration: every test under test/, run in two forks (one per core),
// with a generous default timeout because the validation suite runs real simulations.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    pool: 'forks',
  },
});
