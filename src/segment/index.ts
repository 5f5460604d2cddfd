import type { Transcript } from '../model/transcript.js';
import { sentenceTerms } from '../text/terms.js';
import { boundaryScores, type BoundaryWeights, DEFAULT_WEIGHTS } from './features.js';
import { episodeFrame } from './frame.js';
import { optimalBoundaries, type Unit } from './optimal.js';
import type { ChapterSpan, SegmentOptions } from './types.js';

export type { ChapterKind, ChapterSpan, SegmentOptions } from './types.js';
export { boundaryScores } from './features.js';

export interface Tuning {
  weights: BoundaryWeights;
  /** How much the structural bonus counts against lexical cohesion (nats per point). */
  bonusWeight: number;
  /** Turns shorter than this many words never start a chapter. */
  minTurnWords: number;
  /** Strength of the Dirichlet prior of the cohesion likelihood (0: Laplace smoothing). */
  prior: number;
}

/** Turns longer than this many words are also cut inside, every SPLIT_WORDS words. */
const LONG_TURN_WORDS = 400;
const SPLIT_WORDS = 150;

export const DEFAULT_TUNING: Tuning = {
  weights: { ...DEFAULT_WEIGHTS, depth: 0, question: 1.2 },
  bonusWeight: 15,
  minTurnWords: 8,
  prior: 50,
};

/**
 * Stage 2: split a transcript into chapters. The frame (cold open,
 * introduction, outro) is fixed first; the body gets one chapter per
 * `minutesPerChapter` of talk, placed by dynamic programming where each
 * chapter's vocabulary hangs together best and a chapter start is
 * structurally likely (a question that gets answered, a cue phrase, an ad
 * break). Chapters start at turns.
 */
export function segment(t: Transcript, options: SegmentOptions, tuning: Tuning = DEFAULT_TUNING): ChapterSpan[] {
  const n = t.sentences.length;
  if (n === 0) return [];
  const { forced, bodyStart, bodyEnd } = episodeFrame(t);
  const timeOf = (s: number) => (s >= n ? t.duration : t.sentences[s]!.startTime);
  const bodySeconds = timeOf(bodyEnd) - timeOf(bodyStart);
  const wanted = Math.max(1, Math.round(bodySeconds / (options.minutesPerChapter * 60)));

  const terms = sentenceTerms(t);
  const scores = boundaryScores(t, tuning.weights, terms);
  const units = bodyUnits(t, terms, bodyStart, bodyEnd, scores, tuning);
  const vocabulary = new Set(units.flatMap((u) => u.terms)).size;
  const average = Math.max(1, units.length / wanted);
  const picked = optimalBoundaries(
    units,
    vocabulary,
    wanted,
    timeOf(bodyEnd),
    options.minChapterSeconds,
    tuning.bonusWeight,
    Math.ceil(average * 3) + 2,
    tuning.prior,
  );
  const body = picked.map((i) => units[i]!.sentence);
  const starts = [...new Set([...forced.keys(), ...body])].sort((a, b) => a - b);

  return starts.map((first, i) => {
    const endSentence = starts[i + 1] ?? n;
    return {
      kind: forced.get(first) ?? 'topic',
      firstSentence: first,
      endSentence,
      startTime: i === 0 ? 0 : timeOf(first),
      endTime: starts[i + 1] === undefined ? t.duration : timeOf(endSentence),
      start: t.sentences[first]!.start,
      end: t.sentences[endSentence - 1]!.end,
    };
  });
}

/**
 * The body cut at every place a chapter may start: turns of at least
 * `minTurnWords` words and ad breaks. Back-channel turns ("Right.") join
 * the unit before them.
 */
function bodyUnits(
  t: Transcript,
  terms: readonly string[][],
  from: number,
  to: number,
  scores: readonly number[],
  tuning: Tuning,
): Unit[] {
  const starts = new Set<number>([from]);
  for (const turn of t.turns) {
    if (turn.firstSentence > from && turn.firstSentence < to && turn.endWord - turn.firstWord >= tuning.minTurnWords)
      starts.add(turn.firstSentence);
  }
  // A long monologue (a caption file with no speaker changes, a guest's long answer) may change
  // topic inside: its sentence starts every ~SPLIT_WORDS words are candidates too, with only
  // the mid-turn score as structural evidence, so cohesion alone must justify a cut there.
  for (const turn of t.turns) {
    if (turn.endWord - turn.firstWord < LONG_TURN_WORDS) continue;
    let next = turn.firstWord + SPLIT_WORDS;
    for (let k = turn.firstSentence + 1; k < turn.endSentence; k++) {
      const sentence = t.sentences[k]!;
      if (sentence.firstWord < next || k <= from || k >= to) continue;
      starts.add(k);
      next = sentence.firstWord + SPLIT_WORDS;
    }
  }
  const sentenceAtWord = new Map(t.sentences.map((s, i) => [s.firstWord, i]));
  for (const m of t.markers) {
    const s = sentenceAtWord.get(m.word);
    if (s !== undefined && s > from && s < to) starts.add(s);
  }
  const sorted = [...starts].sort((a, b) => a - b);
  const ids = new Map<string, number>();
  return sorted.map((s, i) => {
    const end = sorted[i + 1] ?? to;
    const unitTerms: number[] = [];
    for (let k = s; k < end; k++) {
      for (const term of terms[k]!) {
        let id = ids.get(term);
        if (id === undefined) ids.set(term, (id = ids.size));
        unitTerms.push(id);
      }
    }
    return { sentence: s, startTime: t.sentences[s]!.startTime, terms: unitTerms, bonus: scores[s]! };
  });
}
