import type { Quote } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import type { Corrector } from '../text/corrections.js';
import { passageText } from './passage.js';
import { endWithStop } from '../text/punctuation.js';

/**
 * A quote of the words [firstWord, endWord): verbatim text, display text,
 * speaker, times and source offsets (closing punctuation included). Used for
 * ranked quotes and for quotes a producer adds in the edits file alike.
 */
export function quoteRecord(
  t: Transcript,
  firstWord: number,
  endWord: number,
  turn: number,
  correct: Corrector,
  options: { trimMarkers?: boolean; score?: number } = {},
): Quote {
  const first = t.words[firstWord]!;
  const last = t.words[endWord - 1]!;
  const speaker = t.speakers.find((s) => s.id === t.turns[turn]?.speaker) ?? {
    id: '',
    name: '',
    role: 'other' as const,
  };
  const { verbatim, display } = passageText(t, firstWord, endWord, correct, options.trimMarkers ?? false);
  return {
    text: verbatim,
    display,
    speaker: speaker.name,
    speakerId: speaker.id,
    role: speaker.role,
    startTime: first.time,
    endTime: t.words[endWord]?.time ?? t.duration,
    source: { start: first.start, end: endWithStop(t.text, last.end) },
    score: Math.round((options.score ?? 0) * 1000) / 1000,
  };
}
