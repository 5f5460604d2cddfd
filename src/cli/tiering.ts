import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

/** Builds of at most this many episodes (to build, not cached) run in this thread, for a few seconds. */
const SHORT_BUILD = 2;
/**
 * Transcripts of more bytes than this together (some eight hours of talk) build for ten seconds and more,
 * long enough for the optimising compilers to pay: a 4 MB transcript built in 21 s with them and 35 s without.
 */
const SHORT_BUILD_BYTES = 512 * 1024;

/**
 * A build of one or two episodes lives a few seconds. In that time V8's
 * optimising compilers spend more CPU than the optimised code saves, so a
 * short build caps JavaScript at the baseline compiler (Sparkplug) and
 * WebAssembly (satori's layout engine, HarfBuzz) at its baseline compiler
 * (Liftoff); docs/performance.md has the measurements. The flags are
 * process-wide. Catalogue builds, which run for minutes in episode workers,
 * keep the optimising compilers. They are set once the build knows how many
 * episodes it will build, not at start-up: one changed episode of a
 * catalogue is a short build too. One or two long transcripts (above
 * `SHORT_BUILD_BYTES`) are not: they keep the optimising compilers.
 */
export function tierForBuild(inputs: readonly string[]): void {
  if (inputs.length > SHORT_BUILD || inputs.reduce((sum, input) => sum + fileSize(input), 0) > SHORT_BUILD_BYTES)
    return;
  setFlagsFromString('--max-opt=1');
  setFlagsFromString('--liftoff-only');
}

/** 0 for a file that cannot be read: the build reports it. */
function fileSize(input: string): number {
  try {
    return statSync(input).size;
  } catch {
    return 0;
  }
}
