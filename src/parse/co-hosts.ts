import type { Speaker, Turn } from '../model/transcript.js';

/**
 * How a host introduces whoever hosts beside them: "I'm your host, Justin
 * Garrison, and with me as always is Autumn Nash", "joined as always by…",
 * "my co-host…". A guest is welcomed; a co-host is there "as always".
 */
const CO_HOST =
  /\b(?:with me,? as always,? (?:is|are)|as always,? (?:i'?m |i am )?joined by|joined,? as always,? by|my co-?hosts?,?|co-?hosting with me(?: today| this week)?,?(?: (?:is|are))?)\s+(.{1,80})/giu;

/** Capitalised words joined by spaces, commas or "and": the names a phrase introduces. */
const NAME_LIST = /^\p{Lu}[\p{L}'’-]*(?:(?:,\s*|\s+and\s+|\s+)\p{Lu}[\p{L}'’-]*)*/u;

/** Host turns read for the introduction: a co-host is named at the top of the show. */
const OPENING_TURNS = 6;

/**
 * The speakers a transcript's first speaker introduces as co-hosts, by id.
 * Used only when the configuration names no host: the first speaker is taken
 * as the host, and without this everyone else would be a guest ("Justin talks
 * with Autumn Nash and Martin Jackson" when Autumn co-hosts the show).
 */
export function coHosts(speakers: readonly Speaker[], turns: readonly Turn[], text: string): Set<string> {
  const host = speakers.find((s) => s.role === 'host');
  const found = new Set<string>();
  if (!host) return found;
  const opening = turns.filter((t) => t.speaker === host.id && !t.coldOpen).slice(0, OPENING_TURNS);
  for (const turn of opening) {
    for (const match of text.slice(turn.start, turn.end).matchAll(CO_HOST)) {
      // The names right after the phrase: "Autumn Nash", "Adam and Jerod", not a name later in the sentence.
      const names = ` ${NAME_LIST.exec(match[1]!)?.[0] ?? ''} `.toLowerCase();
      for (const s of speakers) {
        const full = s.name.toLowerCase();
        if (s.id !== host.id && (names.includes(` ${full} `) || names.includes(` ${full.split(/\s+/)[0]!} `)))
          found.add(s.id);
      }
    }
  }
  return found;
}
