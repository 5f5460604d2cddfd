import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/temp-root.ts'],
    // Whole builds and browser tests wait on events, not the clock; the limit only stops a hung test, and a
    // machine loaded by other builds can stretch a long build test past a minute.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Card rendering and browser tests are CPU-heavy; two cores here.
    maxWorkers: 2,
    // Test files share a worker thread and its loaded modules (sharp, satori, wink's model, the bundled
    // fonts) instead of loading them again per file: the stages keep no state between calls.
    pool: 'threads',
    isolate: false,
  },
});
