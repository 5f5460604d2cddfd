import type { Speaker, Turn } from '../model/transcript.js';

/**
 * How a host introduces whoever hosts beside them: "I'm your host, Justin
 * Garrison, and with me as always is Autumn Nash", "joined as always by…",
 * "my co-host…", "joined as always by my co-host, Chris Benson", "I'm Justin
 * Garrison, and this is Autumn Nash". A guest is
 * welcomed; a co-host is there "as always", or introduced beside the host.
 */
const CO_HOST =
  /\b(?:with me,? as always,? (?:is|are)|as always,? (?:i'?m |i am )?joined by|joined,? as always,? by|my co-?hosts?,?|co-?hosting with me(?: today| this week)?,?(?: (?:is|are))?|(?:i'?m|i am) [^,.?!]{1,40},? and this is)\s+(?:my co-?hosts?,?\s+)?(.{1,80})/giu;

/**
 * "I'm joined by my friend and yours, Jerod Santo", "with me today is…":
 * someone the host is joined by, a co-host when someone else is the one
 * welcomed as the guest.
 */
const JOINED =
  /\b(?:joined (?:today |this week |here )?by|with me (?:today |this week )?(?:is|are))\s+(?:my (?:good |dear )?friends?(?: and yours)?,?\s+)?(.{1,80})/giu;

/**
 * Welcoming the guest: "Josh, welcome to the show", "Mat Ryer, welcome to the show", "welcome back, Josh", "our guest
 * today is Josh Goldberg".
 */
const WELCOMED =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?),? welcome (?:back )?to the (?:show|podcast|pod|party)|\bwelcome (?:back )?(?:to the show,? )?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)|\b(?:our|my) guests? (?:today |this week )?(?:is|are)\s+(.{1,80})/gu;

/** An episode of the hosts alone: "a full panel episode with our co-hosts", "with all of our hosts". */
const ALL_HOSTS =
  /\b(?:with (?:all of )?(?:our|my) (?:co-?)?hosts\b|all of (?:our|the) (?:co-?)?hosts\b|(?:full|all-hosts?) panel\b)/i;

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
  // Caption text writes "with me as always is autumn nash": names are matched in the speakers' own spelling.
  const said = opening.map((turn) => spellNames(text.slice(turn.start, turn.end), speakers));
  const named = (pattern: RegExp) => {
    const ids = new Set<string>();
    for (const match of said.flatMap((turn) => [...turn.matchAll(pattern)])) {
      // The names right after the phrase: "Autumn Nash", "Adam and Jerod", not a name later in the sentence.
      const list = match.slice(1).find((group) => group !== undefined) ?? '';
      const names = ` ${NAME_LIST.exec(list)?.[0] ?? ''} `.toLowerCase();
      for (const s of speakers) {
        const full = s.name.toLowerCase();
        if (s.id !== host.id && (names.includes(` ${full} `) || names.includes(` ${full.split(/\s+/)[0]!} `)))
          ids.add(s.id);
      }
    }
    return ids;
  };
  for (const id of named(CO_HOST)) found.add(id);
  const welcomed = named(WELCOMED);
  // "A full panel episode with our co-hosts, with all of our hosts": everyone on it hosts, unless one is welcomed.
  if (welcomed.size === 0 && said.some((turn) => ALL_HOSTS.test(turn)))
    for (const s of speakers) if (s.id !== host.id && s.role !== 'other') found.add(s.id);
  // Joined by one, welcoming another: the one joining hosts the show beside the host.
  if (welcomed.size > 0) for (const id of named(JOINED)) if (!welcomed.has(id)) found.add(id);
  return found;
}

/** `text` with each speaker's full and first name written as the speaker list spells them, whatever the case. */
function spellNames(text: string, speakers: readonly Speaker[]): string {
  let out = text;
  for (const s of speakers) {
    for (const name of [s.name, s.name.split(/\s+/)[0]!]) {
      const pattern = new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'giu');
      out = out.replace(pattern, name);
    }
  }
  return out;
}
