import type { Transcript, Turn } from '../model/transcript.js';
import { inverseFrequency, sentenceTerms } from '../text/terms.js';
import { cohesionDepth } from './cohesion.js';
import { topicCueScore } from './cues.js';

/** Weights of the boundary score; tuned on the development set as a whole, never per file. */
export interface BoundaryWeights {
  /** Content words in each cohesion window (about two minutes of talk). */
  window: number;
  depth: number;
  turnStart: number;
  midTurn: number;
  shortTurn: number;
  host: number;
  question: number;
  answered: number;
  cue: number;
  break: number;
  /** A sentence right after a transcriber's note (laughter closes a bit of talk). */
  afterNote: number;
}

export const DEFAULT_WEIGHTS: BoundaryWeights = {
  window: 90,
  depth: 1,
  turnStart: 0.5,
  midTurn: -1,
  shortTurn: -0.8,
  host: 0.4,
  question: 0.6,
  answered: 0,
  cue: 0.7,
  break: 1.5,
  afterNote: 0.2,
};

/** Words that make a turn a real answer rather than a back-channel ("Right."). */
const ANSWER_WORDS = 60;
const SHORT_TURN = 8;

/**
 * A score for a chapter starting at each sentence: higher is a likelier
 * boundary. Sums lexical cohesion depth (vocabulary changes here), the
 * interview's structure (a turn start, a host, a question that gets a real
 * answer from someone else), topic-shift cue phrases and ad breaks.
 */
export function boundaryScores(
  t: Transcript,
  w: BoundaryWeights = DEFAULT_WEIGHTS,
  terms: string[][] = sentenceTerms(t),
): number[] {
  const idf = inverseFrequency(terms);
  const depth = w.depth === 0 ? [] : zScores(cohesionDepth(terms, idf, w.window));
  const turnStarts = new Map(t.turns.map((turn) => [turn.firstSentence, turn]));
  const breaks = new Set(t.markers.map((m) => m.word));
  const afterNotes = new Set(t.notes.map((n) => n.word));
  // The host who runs the show steers it to the next topic; a co-host's turn is one voice of the panel.
  const lead = t.speakers.find((s) => s.role === 'host')?.id;

  return t.sentences.map((sentence, s) => {
    let score = w.depth * (depth[s] ?? 0);
    const turn = turnStarts.get(s);
    if (turn) {
      score += w.turnStart;
      const opening = t.text.slice(turn.start, Math.min(turn.end, turn.start + 400));
      if (turn.speaker === lead) score += w.host;
      if (opensWithQuestion(t, turn)) {
        score += w.question;
        if (answeredAtLength(t, turn)) score += w.answered;
      }
      score += w.cue * topicCueScore(opening);
      if (turn.endWord - turn.firstWord < SHORT_TURN) score += w.shortTurn;
    } else {
      score += w.midTurn;
    }
    if (breaks.has(sentence.firstWord)) score += w.break;
    if (afterNotes.has(sentence.firstWord)) score += w.afterNote;
    return score;
  });
}

/** A question within the turn's first few sentences. */
function opensWithQuestion(t: Transcript, turn: Turn): boolean {
  for (let s = turn.firstSentence; s < Math.min(turn.endSentence, turn.firstSentence + 4); s++)
    if (t.sentences[s]!.question) return true;
  return false;
}

/** Someone else replies with a real answer: the question opened a topic, not a quip. */
function answeredAtLength(t: Transcript, turn: Turn): boolean {
  const next = t.turns[turn.index + 1];
  return next !== undefined && next.speaker !== turn.speaker && next.endWord - next.firstWord >= ANSWER_WORDS;
}

function zScores(values: number[]): number[] {
  const mean = values.reduce((a, b) => a + b, 0) / (values.length || 1);
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length || 1)) || 1;
  return values.map((v) => (v - mean) / sd);
}
