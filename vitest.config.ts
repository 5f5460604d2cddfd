import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Card rendering and browser tests are CPU-heavy; two cores here.
    maxWorkers: 2,
    // Test files share a worker thread's loaded modules (sharp, satori, wink's model) instead of a fresh process each.
    pool: 'threads',
  },
});
