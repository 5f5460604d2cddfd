/**
 * The baseline the README names first: evenly spaced boundaries, given the
 * true number of segments (an oracle count, so a fair floor to beat).
 */
export function evenBoundaries(segments: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 1; i < segments; i++) out.push(Math.round((i * n) / segments));
  return out;
}
