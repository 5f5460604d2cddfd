import { setFlagsFromString } from 'node:v8';

/** Builds of at most this many episodes run in this thread and its card worker, for a few seconds. */
const SHORT_BUILD = 2;

/**
 * A build of one or two episodes lives two or three seconds. In that time
 * V8's optimising compiler (TurboFan) spends more CPU compiling hot
 * functions than the optimised code saves, and on a two-core machine it
 * competes with the card worker for the second core: measured on the seed
 * build, capping code at the baseline compiler (Sparkplug) cut CPU time by a
 * quarter and wall time by about 0.6 s. The flag is process-wide, so it
 * holds for the card worker too. Catalogue builds, which run for minutes in
 * episode workers, keep the optimising compiler.
 */
export function tierForBuild(episodes: number): void {
  if (episodes <= SHORT_BUILD) setFlagsFromString('--max-opt=1');
}
