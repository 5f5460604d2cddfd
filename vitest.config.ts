import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Card rendering and browser tests are CPU-heavy; two cores here.
    maxWorkers: 2,
    // Test files share a worker thread and its loaded modules (sharp, satori, wink's model, the bundled
    // fonts) instead of loading them again per file: the stages keep no state between calls.
    pool: 'threads',
    isolate: false,
  },
});
