import type { Sentence, Transcript } from '../../model/transcript.js';
import type { Corrector } from '../../text/corrections.js';
import { punctuationAfter, signsAround } from '../../text/punctuation.js';

/** A word as captions show it (with its trailing punctuation) and the time it is spoken. */
export interface Token {
  text: string;
  time: number;
}

/** One sentence of a turn as caption tokens, with the speaker's display name. */
export interface SentenceTokens {
  speaker: string;
  turn: number;
  tokens: Token[];
  endTime: number;
}

/**
 * Caption tokens of a sentence: every spoken word (captions are verbatim,
 * fillers included) with the signs written onto it ("$50", "10%"), the punctuation that follows it in the source and
 * the corrections glossary applied. A correction can change the number of
 * words ("GVD51" → "GPT-5.1"), so times are mapped back proportionally.
 */
export function sentenceTokens(t: Transcript, sentence: Sentence, correct: Corrector): Token[] {
  const words = t.words.slice(sentence.firstWord, sentence.endWord);
  if (words.length === 0) return [];
  const shown = words.map((w, i) => {
    const { before, after } = signsAround(t.text, w.start, w.end);
    // "20,000" is one token: a word runs into the next when nothing but a mark or two stands between them.
    const next = words[i + 1];
    const gap = next ? t.text.slice(w.end, next.start) : '';
    if (next && gap.length > 0 && gap.length <= 2 && !/\s/.test(gap)) return before + w.text + gap;
    return before + w.text + after + punctuationAfter(t.text, w.end + after.length).trimStart() + ' ';
  });
  const corrected = correct(shown.join('')).split(/\s+/).filter(Boolean);
  return corrected.map((text, i) => ({
    text,
    time: words[Math.min(words.length - 1, Math.floor((i * words.length) / corrected.length))]!.time,
  }));
}

/** Every sentence of the transcript as tokens, in order, skipping empty ones. */
export function transcriptSentences(t: Transcript, correct: Corrector): SentenceTokens[] {
  const names = new Map(t.speakers.map((s) => [s.id, s.name]));
  const out: SentenceTokens[] = [];
  for (const s of t.sentences) {
    const tokens = sentenceTokens(t, s, correct);
    if (tokens.length === 0) continue;
    const turn = t.turns[s.turn]!;
    out.push({ speaker: names.get(turn.speaker) ?? turn.speaker, turn: s.turn, tokens, endTime: s.endTime });
  }
  return out;
}
