import { setFlagsFromString } from 'node:v8';

/** Builds of at most this many episodes (to build, not cached) run in this thread and its card worker, for a few seconds. */
const SHORT_BUILD = 2;

/**
 * A build of one or two episodes lives two or three seconds. In that time
 * V8's optimising compilers spend more CPU than the optimised code saves,
 * and on a two-core machine they compete with the card worker for the
 * second core. Measured on the seed build:
 * - capping JavaScript at the baseline compiler (Sparkplug) cut CPU time by
 *   a quarter and wall time by about 0.6 s;
 * - keeping WebAssembly (satori's layout engine, HarfBuzz) at its baseline
 *   compiler (Liftoff) cut another 0.6 s of CPU and 0.3 s of wall time
 *   (medians of 10 alternating runs).
 * The flags are process-wide, so they hold for the worker threads too.
 * Catalogue builds, which run for minutes in episode workers, keep the
 * optimising compilers.
 *
 * They are set once the build knows its episodes, not at start-up: a new
 * thread compiles Node's own modules from source when the flags differ from
 * the defaults, which made the card worker start 0.1 s later.
 */
export function tierForBuild(episodes: number): void {
  if (episodes > SHORT_BUILD) return;
  setFlagsFromString('--max-opt=1');
  setFlagsFromString('--liftoff-only');
}
