import { evenBoundaries } from './baselines.js';
import type { EvalCase } from './dataset.js';
import { boundaryF1, pk, windowDiff } from './metrics.js';
import { textTiling } from './texttiling.js';

/** Tolerance of boundary F1: 60 seconds where words have times, else about as many words (150). */
export const TOLERANCE_SECONDS = 60;
export const TOLERANCE_WORDS = 150;

export interface Scores {
  pk: number;
  windowDiff: number;
  f1: number;
  segments: number;
}

export interface CaseScores {
  name: string;
  kind: EvalCase['kind'];
  words: number;
  referenceSegments: number;
  system: Scores;
  even: Scores;
  textTiling: Scores;
}

/** Score one segmentation (word indices of chapter starts) against the case's reference. */
export function scoreBoundaries(c: EvalCase, hypothesis: readonly number[]): Scores {
  const n = c.transcript.words.length;
  const words = c.transcript.words;
  const within = c.timed
    ? (r: number, h: number) => {
        const d = Math.abs(words[r]!.time - words[h]!.time);
        return d <= TOLERANCE_SECONDS ? d : undefined;
      }
    : (r: number, h: number) => {
        const d = Math.abs(r - h);
        return d <= TOLERANCE_WORDS ? d : undefined;
      };
  const hyp = [...new Set(hypothesis.filter((b) => b > 0 && b < n))].sort((a, b) => a - b);
  return {
    pk: pk(c.reference, hyp, n),
    windowDiff: windowDiff(c.reference, hyp, n),
    f1: boundaryF1(c.reference, hyp, within).f1,
    segments: hyp.length + 1,
  };
}

/** The product's segmentation next to both baselines, on one case. */
export function scoreCase(c: EvalCase, system: readonly number[]): CaseScores {
  const t = c.transcript;
  const n = t.words.length;
  const turnStarts = t.turns.map((turn) => turn.firstWord);
  return {
    name: c.name,
    kind: c.kind,
    words: n,
    referenceSegments: c.reference.length + 1,
    system: scoreBoundaries(c, system),
    even: scoreBoundaries(c, evenBoundaries(c.reference.length + 1, n)),
    textTiling: scoreBoundaries(
      c,
      textTiling(
        t.words.map((w) => w.text),
        turnStarts,
      ),
    ),
  };
}
