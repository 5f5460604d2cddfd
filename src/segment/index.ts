import type { Transcript } from '../model/transcript.js';
import { inverseFrequency, sentenceTerms } from '../text/terms.js';
import { cohesionDepth } from './cohesion.js';
import { topicCueScore } from './cues.js';

export type ChapterKind = 'cold-open' | 'introduction' | 'topic';

/** A chapter as a run of sentences; titles and summaries come in the next stage. */
export interface ChapterSpan {
  kind: ChapterKind;
  firstSentence: number;
  endSentence: number;
  startTime: number;
  endTime: number;
  /** Offsets into the transcript text. */
  start: number;
  end: number;
}

export interface SegmentOptions {
  minutesPerChapter: number;
  minChapterSeconds: number;
}

/** Content words in each cohesion window (about two minutes of talk). */
const WINDOW_TERMS = 90;

const INTRO = /\b(welcome (?:back )?to|my guests? (?:today|this week|is)|i'?m your host|joining (?:me|us))\b/i;

/**
 * Stage 2: split a transcript into chapters. Boundaries fall on sentence
 * starts and strongly prefer turn starts, above all a host's question; the
 * score adds lexical cohesion depth, topic-shift cue phrases and ad breaks.
 * The number of chapters follows the episode's length.
 */
export function segment(t: Transcript, options: SegmentOptions): ChapterSpan[] {
  const n = t.sentences.length;
  if (n === 0) return [];
  const forced = new Map<number, ChapterKind>([[0, 'topic']]);

  // The cold open is its own chapter, and so is the host's introduction after it.
  let bodyStart = 0;
  const coldTurns = t.turns.filter((turn) => turn.coldOpen);
  if (coldTurns.length > 0 && t.turns[0]!.coldOpen) {
    forced.set(0, 'cold-open');
    const firstBody = t.turns.find((turn) => !turn.coldOpen);
    if (firstBody) {
      bodyStart = firstBody.firstSentence;
      forced.set(bodyStart, 'topic');
    }
  }
  const introTurn = t.turns.find((turn) => turn.firstSentence >= bodyStart && turn.firstSentence - bodyStart < 40);
  if (introTurn && INTRO.test(t.text.slice(introTurn.start, Math.min(introTurn.end, introTurn.start + 600)))) {
    forced.set(introTurn.firstSentence, 'introduction');
    // The conversation proper starts with the host's first real question.
    const roleOf = (id: string) => t.speakers.find((s) => s.id === id)?.role;
    const firstQuestion = t.turns.find(
      (turn) =>
        turn.index > introTurn.index &&
        roleOf(turn.speaker) === 'host' &&
        hasQuestion(t, turn.firstSentence, turn.endSentence) &&
        t.sentences[turn.firstSentence]!.startTime - introTurn.startTime >= 20,
    );
    if (firstQuestion && firstQuestion.index - introTurn.index <= 6) forced.set(firstQuestion.firstSentence, 'topic');
  }

  const scores = boundaryScores(t);
  const content = t.duration - (t.sentences[bodyStart]?.startTime ?? 0);
  const wanted = Math.max(1, Math.round(content / (options.minutesPerChapter * 60)));
  const minGap = Math.max(options.minChapterSeconds, (content / wanted) * 0.4);
  const chosen = new Set<number>(forced.keys());
  const timeOf = (s: number) => t.sentences[s]!.startTime;
  const candidates = scores
    .map((score, s) => ({ s, score }))
    .filter(({ s }) => s > bodyStart && !chosen.has(s))
    .sort((a, b) => b.score - a.score || a.s - b.s);
  let added = 0;
  const lastForced = Math.max(...chosen);
  for (const { s } of candidates) {
    if (added >= wanted - 1) break;
    if (s <= lastForced) continue;
    const far = [...chosen].every((c) => Math.abs(timeOf(c) - timeOf(s)) >= (c === lastForced ? options.minChapterSeconds : minGap));
    const tailOk = t.duration - timeOf(s) >= options.minChapterSeconds;
    if (far && tailOk) {
      chosen.add(s);
      added++;
    }
  }

  const starts = [...chosen].sort((a, b) => a - b);
  return starts.map((first, i) => {
    const endSentence = starts[i + 1] ?? n;
    const last = t.sentences[endSentence - 1]!;
    return {
      kind: forced.get(first) ?? 'topic',
      firstSentence: first,
      endSentence,
      startTime: i === 0 ? 0 : timeOf(first),
      endTime: starts[i + 1] === undefined ? t.duration : timeOf(endSentence),
      start: t.sentences[first]!.start,
      end: last.end,
    };
  });
}

function hasQuestion(t: Transcript, from: number, to: number): boolean {
  for (let s = from; s < to; s++) if (t.sentences[s]!.question) return true;
  return false;
}

/** A score for a chapter starting at each sentence: higher is a likelier boundary. */
export function boundaryScores(t: Transcript): number[] {
  const terms = sentenceTerms(t);
  const idf = inverseFrequency(terms);
  const depth = zScores(cohesionDepth(terms, idf, WINDOW_TERMS));
  const turnStarts = new Map(t.turns.map((turn) => [turn.firstSentence, turn]));
  const breaks = new Set(t.markers.map((m) => m.word));
  const roleOf = new Map(t.speakers.map((s) => [s.id, s.role]));

  return t.sentences.map((sentence, s) => {
    let score = depth[s] ?? 0;
    const turn = turnStarts.get(s);
    if (turn) {
      score += 0.5;
      const host = roleOf.get(turn.speaker) === 'host';
      const opening = t.text.slice(turn.start, Math.min(turn.end, turn.start + 400));
      if (host) score += 0.4;
      if (host && hasQuestion(t, turn.firstSentence, Math.min(turn.endSentence, turn.firstSentence + 4))) score += 0.6;
      score += 0.7 * topicCueScore(opening);
      // A short interjection ("Right.") rarely opens a topic.
      if (turn.endWord - turn.firstWord < 8) score -= 0.8;
    } else {
      score -= 1;
    }
    if (breaks.has(sentence.firstWord)) score += 1.5;
    return score;
  });
}

function zScores(values: number[]): number[] {
  const mean = values.reduce((a, b) => a + b, 0) / (values.length || 1);
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length || 1)) || 1;
  return values.map((v) => (v - mean) / sd);
}
