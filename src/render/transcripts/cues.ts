import type { SentenceTokens } from './tokens.js';

/** A caption cue: up to `maxLines` lines of visible text, one speaker. */
export interface Cue {
  speaker: string;
  /** True on the first cue after a change of speaker. */
  speakerChange: boolean;
  lines: string[];
  start: number;
  end: number;
}

export interface CueLayout {
  maxChars: number;
  maxLines: number;
  /** Text put before the first line of a cue that starts a new speaker's turn (SRT's `Name:`). */
  prefix?: (speaker: string) => string;
}

/**
 * Pack sentences into caption cues. Lines fill word by word up to
 * `maxChars`; a cue ends when its lines are full, at a change of speaker, or
 * at the end of a sentence once it is more than half full, so cues tend to
 * follow the speech. A cue ends where the next begins (the last of a run at
 * its sentence's end), and never before it starts.
 */
export function layoutCues(sentences: readonly SentenceTokens[], layout: CueLayout): Cue[] {
  const cues: Cue[] = [];
  let current: Cue | undefined;
  let previousSpeaker: string | undefined;
  let previousTurn = -1;
  const capacity = layout.maxChars * layout.maxLines;

  const close = () => {
    if (current && current.lines.some((l) => l.length > 0)) cues.push(current);
    current = undefined;
  };

  for (const sentence of sentences) {
    const changed = sentence.speaker !== previousSpeaker;
    if (sentence.turn !== previousTurn || changed) close();
    for (const token of sentence.tokens) {
      for (const piece of splitLong(token.text, layout.maxChars)) {
        if (!current) {
          const speakerChange = cues.length === 0 ? true : cues.at(-1)!.speaker !== sentence.speaker;
          const prefix = speakerChange && layout.prefix ? layout.prefix(sentence.speaker) : '';
          current = { speaker: sentence.speaker, speakerChange, lines: [''], start: token.time, end: token.time };
          if (prefix) for (const p of splitLong(prefix.trim(), layout.maxChars)) place(current, p, layout);
        }
        if (!place(current, piece, layout)) {
          close();
          current = {
            speaker: sentence.speaker,
            speakerChange: false,
            lines: [piece],
            start: token.time,
            end: token.time,
          };
        }
      }
    }
    if (current) {
      current.end = sentence.endTime;
      const used = current.lines.reduce((n, l) => n + l.length, 0);
      if (used > capacity / 2) close();
    }
    previousSpeaker = sentence.speaker;
    previousTurn = sentence.turn;
  }
  close();

  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i]!;
    const next = cues[i + 1];
    if (next && next.start > cue.start) cue.end = next.start;
    cue.end = Math.max(cue.end, cue.start + 0.5);
  }
  return cues;
}

/** Put a word on the cue's last line, or a new line; false when the cue is full. */
function place(cue: Cue, word: string, layout: CueLayout): boolean {
  const last = cue.lines.at(-1)!;
  if (last.length === 0) {
    cue.lines[cue.lines.length - 1] = word;
    return true;
  }
  if (last.length + 1 + word.length <= layout.maxChars) {
    cue.lines[cue.lines.length - 1] = `${last} ${word}`;
    return true;
  }
  if (cue.lines.length < layout.maxLines) {
    cue.lines.push(word);
    return true;
  }
  return false;
}

/** A word longer than a line (a URL, a long compound) is cut into line-sized pieces. */
function splitLong(word: string, max: number): string[] {
  if ([...word].length <= max) return [word];
  const chars = [...word];
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += max) pieces.push(chars.slice(i, i + max).join(''));
  return pieces;
}
