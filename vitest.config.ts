import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Card rendering and browser tests are CPU-heavy; two cores here.
    maxWorkers: 2,
  },
});
