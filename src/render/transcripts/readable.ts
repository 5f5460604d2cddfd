import type { Chapter, Episode } from '../../model/episode.js';
import type { Transcript } from '../../model/transcript.js';
import type { Corrector } from '../../text/corrections.js';
import { passageText } from '../../summarise/passage.js';

/** A paragraph of the readable transcript: one speaker, cleaned text. */
export interface ReadableParagraph {
  speaker: string;
  startTime: number;
  text: string;
}

/** A chapter of the readable transcript with its paragraphs. */
export interface ReadableSection {
  chapter?: Pick<Chapter, 'title' | 'startTime'>;
  paragraphs: ReadableParagraph[];
}

/**
 * The transcript for reading: one paragraph per turn, fillers and stutters
 * removed and the corrections glossary applied (via `passageText`), split
 * into sections at chapter starts. A turn that runs across a chapter start
 * continues in the new section under the same speaker. Consecutive turns
 * of one named speaker make one paragraph: what separated them in the
 * source had nothing to read ("Mm-hmm.", a "{gap}" in a meeting
 * transcript). Turns whose speaker was inferred stay apart, since the break
 * may be a change of speaker the inference missed.
 */
export function readableSections(t: Transcript, episode: Episode, correct: Corrector): ReadableSection[] {
  const names = new Map(t.speakers.map((s) => [s.id, s.name]));
  const chapters = [...episode.chapters].sort((a, b) => a.source.start - b.source.start);
  const sections: ReadableSection[] = [{ paragraphs: [] }];
  let next = 0;
  let open: { turn: number; speaker: string; startTime: number; parts: string[] } | undefined;
  // The turn the section's last paragraph ends with.
  let lastTurn = -1;

  const flush = () => {
    const text = open?.parts.join(' ').trim();
    if (open && text) {
      sections.at(-1)!.paragraphs.push({ speaker: open.speaker, startTime: open.startTime, text });
      lastTurn = open.turn;
    }
    open = undefined;
  };

  for (const s of t.sentences) {
    while (next < chapters.length && s.start >= chapters[next]!.source.start) {
      flush();
      const c = chapters[next++]!;
      sections.push({ chapter: { title: c.title, startTime: c.startTime }, paragraphs: [] });
    }
    const turn = t.turns[s.turn]!;
    if (open?.turn !== s.turn) {
      flush();
      const speaker = names.get(turn.speaker) ?? turn.speaker;
      const paragraphs = sections.at(-1)!.paragraphs;
      const last = paragraphs.at(-1);
      const resume = last?.speaker === speaker && !turn.inferred && lastTurn >= 0 && !t.turns[lastTurn]!.inferred;
      if (resume) paragraphs.pop();
      open = resume
        ? { turn: s.turn, speaker, startTime: last.startTime, parts: [last.text] }
        : { turn: s.turn, speaker, startTime: s.startTime, parts: [] };
    }
    const { display } = passageText(t, s.firstWord, s.endWord, correct, false, true);
    // A sentence closed by a quotation mark or a note ("[laughter]") needs no full stop of its own.
    if (display) open!.parts.push(/[.?!…]["”]?$|\]$/.test(display) ? display : `${display}.`);
  }
  flush();
  return sections.filter((s) => s.chapter || s.paragraphs.length > 0);
}
