import { createHash } from 'node:crypto';
import type { Warning } from '../errors.js';
import type { Speaker, Transcript, Turn } from '../model/transcript.js';
import { assemble } from './assemble.js';
import { coHosts } from './co-hosts.js';
import { detectColdOpen } from './cold-open.js';
import { decodeTranscript } from './decode.js';
import { detectFormat } from './detect.js';
import { attributeTurns, inferredSpeakers, type People, speakersFromLabels } from './speakers.js';
import { CastwrightError } from '../errors.js';

export interface ParseOptions {
  /** Format name to use instead of detection. */
  format?: string;
  people: People;
  /** Episode length in seconds when known. */
  duration?: number;
  wordsPerMinute: number;
}

export interface ParseResult {
  transcript: Transcript;
  warnings: Warning[];
}

/**
 * Stage 1: bytes → transcript. Decodes, detects the format, reads turns with
 * source offsets, places words on the clock and attributes speakers.
 */
export function parse(file: string, bytes: Uint8Array, options: ParseOptions): ParseResult {
  const text = decodeTranscript(bytes, file);
  const format = detectFormat(text, file, options.format);
  const raw = format.parse(text, file);
  const a = assemble(raw, text, {
    wordsPerMinute: options.wordsPerMinute,
    ...(options.duration === undefined ? {} : { duration: options.duration }),
  });
  if (a.words.length === 0) throw new CastwrightError('no speech found: the transcript has no words', { file });

  const coldOpen = detectColdOpen(a.turns, a.words);
  const labelled = a.labels.some((l) => l !== undefined);
  let speakers: Speaker[];
  let turns: Turn[];
  if (labelled) {
    const known = a.labels.filter((l): l is string => l !== undefined);
    const resolved = speakersFromLabels(known, options.people);
    speakers = resolved.speakers;
    let previous = speakers[0]!.id;
    turns = a.turns.map((t, i) => {
      const label = a.labels[i];
      // An unlabelled paragraph continues the previous speaker.
      const speaker = label === undefined ? previous : resolved.idOf.get(label)!;
      previous = speaker;
      return { ...t, speaker, inferred: label === undefined, coldOpen: coldOpen.has(t.index) };
    });
    // With no host configured the first speaker hosts, and so does whoever they introduce as a co-host.
    if (!resolved.hostConfigured) {
      const co = coHosts(speakers, turns, text);
      speakers = speakers.map((s) => (co.has(s.id) ? { ...s, role: 'host' } : s));
    }
  } else {
    speakers = inferredSpeakers(options.people);
    const ids = { host: speakers[0]!.id, guest: speakers[1]!.id } as Record<string, string>;
    const attributed = attributeTurns(a.turns, a.sentences, a.words, new Set(coldOpen.keys()), text).turns;
    turns = attributed.map((t, i) => ({
      ...t,
      index: i,
      speaker: ids[t.speaker] ?? t.speaker,
      coldOpen: coldOpen.has(t.sourceIndex),
    }));
    // A cold open is spoken by whoever says the passage it repeats.
    for (const t of turns) {
      if (!t.coldOpen) continue;
      const at = coldOpen.get(attributed[t.index]!.sourceIndex)!;
      const source = turns.find((u) => !u.coldOpen && u.firstWord <= at && at < u.endWord);
      if (source) t.speaker = source.speaker;
    }
    for (const t of turns) delete (t as Partial<typeof t> & { sourceIndex?: number }).sourceIndex;
  }
  // Sentences point at their (possibly split) turn.
  for (const t of turns) for (let s = t.firstSentence; s < t.endSentence; s++) a.sentences[s]!.turn = t.index;

  const transcript: Transcript = {
    path: file,
    format: format.name,
    text,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    speakers: speakers.filter((s) => turns.some((t) => t.speaker === s.id)),
    turns,
    sentences: a.sentences,
    words: a.words,
    markers: a.markers,
    notes: a.notes,
    ...(raw.clips?.length ? { clips: raw.clips } : {}),
    ...(a.unpunctuated ? { unpunctuated: true as const } : {}),
    timing: a.timing,
    duration: a.duration,
  };
  // Usable, but there is nothing to summarise or quote: say so rather than leave the notes silently empty.
  const warnings = a.words.some((w) => !w.disfluent)
    ? a.warnings
    : [
        ...a.warnings,
        {
          file,
          line: 1,
          message: 'only fillers and back-channel noises ("uh", "mm-hmm"): the summary, quotes and cards will be empty',
          rule: 'transcript/only-fillers',
        },
      ];
  return { transcript, warnings };
}
