import { setFlagsFromString } from 'node:v8';

/** Builds of at most this many episodes (to build, not cached) run in this thread, for a few seconds. */
const SHORT_BUILD = 2;

/**
 * A build of one or two episodes lives a few seconds. In that time V8's
 * optimising compilers spend more CPU than the optimised code saves, so a
 * short build caps JavaScript at the baseline compiler (Sparkplug) and
 * WebAssembly (satori's layout engine, HarfBuzz) at its baseline compiler
 * (Liftoff); docs/performance.md has the measurements. The flags are
 * process-wide. Catalogue builds, which run for minutes in episode workers,
 * keep the optimising compilers. They are set once the build knows how many
 * episodes it will build, not at start-up: one changed episode of a
 * catalogue is a short build too.
 */
export function tierForBuild(episodes: number): void {
  if (episodes > SHORT_BUILD) return;
  setFlagsFromString('--max-opt=1');
  setFlagsFromString('--liftoff-only');
}
