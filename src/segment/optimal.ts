import { exactBoundaries } from './exact.js';
import type { Unit } from './types.js';

export type { Unit } from './types.js';

/**
 * The most chapters placed by one dynamic programme: four hours of talk at
 * the default five minutes a chapter. The programme's cost grows with
 * chapters × units, both of which grow with the transcript, so without a
 * bound a season in one file costs the square of its length; with it, the
 * cost grows in step with the transcript. No episode of the development
 * set or the seed comes near it, so their chapters are exactly those of
 * one programme over the whole body.
 */
export const BLOCK_CHAPTERS = 48;

/**
 * Place `segments` chapters over the units (see `exactBoundaries`). Up to
 * `BLOCK_CHAPTERS` chapters this is one exact programme; more are placed
 * block by block: the body is cut into blocks of about equal talk time,
 * each cut at the unit with the strongest structural evidence within half
 * a chapter of the even split, and each block gets its share of the
 * chapters. Returns the indices of the units where chapters 2..n start.
 */
export function optimalBoundaries(
  units: readonly Unit[],
  vocabulary: number,
  segments: number,
  endTime: number,
  minSeconds: number,
  bonusWeight: number,
  maxUnits: number,
  prior = 0,
): number[] {
  const place = (block: readonly Unit[], count: number, end: number) =>
    exactBoundaries(block, vocabulary, count, end, minSeconds, bonusWeight, maxUnits, prior);
  if (segments <= BLOCK_CHAPTERS) return place(units, segments, endTime);

  const cuts = blockCuts(units, Math.ceil(segments / BLOCK_CHAPTERS), endTime, Math.ceil(units.length / segments / 2));
  const blocks = cuts.length;
  const starts: number[] = [];
  for (let b = 0; b < blocks; b++) {
    const from = cuts[b]!;
    const to = cuts[b + 1] ?? units.length;
    const count = Math.round((segments * (b + 1)) / blocks) - Math.round((segments * b) / blocks);
    if (from > 0) starts.push(from);
    for (const i of place(units.slice(from, to), count, units[to]?.startTime ?? endTime)) starts.push(from + i);
  }
  return starts;
}

/**
 * Where each of `blocks` blocks starts: the first at unit 0, the others at
 * the unit with the highest bonus among those within `reach` units of the
 * first unit past each even share of the talk time. Ties go to the earlier.
 */
function blockCuts(units: readonly Unit[], blocks: number, endTime: number, reach: number): number[] {
  const n = units.length;
  const first = units[0]?.startTime ?? 0;
  const cuts = [0];
  let at = 0;
  for (let b = 1; b < blocks; b++) {
    const target = first + ((endTime - first) * b) / blocks;
    while (at < n && units[at]!.startTime < target) at++;
    const previous = cuts[cuts.length - 1]!;
    let best = -1;
    for (let i = Math.max(previous + 1, at - reach); i <= Math.min(n - 1, at + reach); i++)
      if (best < 0 || units[i]!.bonus > units[best]!.bonus) best = i;
    if (best < 0) break;
    cuts.push(best);
    at = Math.max(at, best);
  }
  return cuts;
}
