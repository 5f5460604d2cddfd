import type { Warning } from '../../errors.js';
import type { CueTiming } from './cue-blocks.js';

/** Past this many, one summary line stands for the rest: a shifted file would otherwise print thousands. */
const MAX_PER_RULE = 10;

/** Under a millisecond is float noise (JSON times such as 3186.0000000000005), not an overlap. */
const EPSILON = 0.001;

/**
 * Warn about cues (or timed segments) that start before the previous cue (unordered) or before
 * it ends (overlapping). `lineOf` gives a cue's line, asked only for a
 * warning because finding lines is costly in long files. Neither stops the build: the assembler keeps only
 * times that move forward, so the words still land in source order.
 */
export function checkCueOrder(
  cues: readonly CueTiming[],
  lineOf: (index: number) => number,
  file: string,
  options: { overlap: boolean },
): Warning[] {
  const warnings: Warning[] = [];
  const counts = { 'timing/unordered': 0, 'timing/overlap': 0 };
  for (let i = 1; i < cues.length; i++) {
    const previous = cues[i - 1]!;
    const cue = cues[i]!;
    const rule: keyof typeof counts | undefined =
      cue.startTime < previous.startTime - EPSILON
        ? 'timing/unordered'
        : options.overlap && cue.startTime < previous.endTime - EPSILON
          ? 'timing/overlap'
          : undefined;
    // Counted always, described only while under the cap: `lineOf` may cost a scan of the file.
    if (!rule || ++counts[rule] > MAX_PER_RULE) continue;
    const message =
      rule === 'timing/unordered'
        ? `cue starts at ${seconds(cue.startTime)}s, before the previous cue (line ${lineOf(i - 1)}, ${seconds(previous.startTime)}s): times out of order are ignored`
        : `cue starts at ${seconds(cue.startTime)}s, before the previous cue (line ${lineOf(i - 1)}) ends at ${seconds(previous.endTime)}s`;
    warnings.push({ message, file, line: lineOf(i), column: 1, rule });
  }
  for (const [rule, n] of Object.entries(counts)) {
    if (n > MAX_PER_RULE)
      warnings.push({ message: `${n - MAX_PER_RULE} more cues like the above (${rule})`, file, rule });
  }
  return warnings;
}

/** Seconds as people read them: at most three decimals. */
function seconds(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
