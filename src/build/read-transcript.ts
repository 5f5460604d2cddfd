import { readFile, stat } from 'node:fs/promises';
import { durationSeconds } from '../config/episode-options.js';
import type { EpisodeOptions, ResolvedConfig } from '../config/schema.js';
import { CastwrightError } from '../errors.js';
import { audioDuration } from '../parse/audio-duration.js';
import { parse, type ParseResult } from '../parse/index.js';

/**
 * Stage 1, parse: read a transcript file and turn it into a `Transcript`
 * with its parse warnings. The duration comes from the config, else from
 * the episode's audio file when it names one, else the parser estimates it.
 */
export async function readTranscript(
  input: string,
  config: ResolvedConfig,
  options: EpisodeOptions,
): Promise<ParseResult> {
  const bytes = await readInput(input, config.maxTranscriptBytes);
  const audioFile = options.audio?.file;
  const duration =
    durationSeconds(options.duration) ?? (audioFile === undefined ? undefined : await audioDuration(audioFile));
  return parse(input, bytes, {
    people: { hosts: config.people.hosts, guests: options.guests ?? config.people.guests },
    wordsPerMinute: config.timing.wordsPerMinute,
    ...(duration === undefined ? {} : { duration }),
    ...(options.format === undefined ? {} : { format: options.format }),
  });
}

/** The file's bytes; one above `maxBytes` fails before it is read, so no stage ever sees it. */
async function readInput(input: string, maxBytes: number): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(input);
  } catch {
    throw new CastwrightError('no such file: expected a transcript file', { file: input });
  }
  if (info.isDirectory()) throw new CastwrightError('is a directory: expected a transcript file', { file: input });
  if (info.size > maxBytes) throw new CastwrightError(tooLarge(info.size, maxBytes), { file: input });
  return readFile(input);
}

/** "17 MB", "1.5 KB", "300 bytes": a size the way the user's file manager shows it. */
function size(bytes: number): string {
  const [amount, unit] =
    bytes >= 2 ** 20 ? [bytes / 2 ** 20, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'bytes'];
  return `${Number(amount.toFixed(1))} ${unit}`;
}

function tooLarge(bytes: number, maxBytes: number): string {
  return `is ${size(bytes)}, above the limit of ${size(maxBytes)} set by maxTranscriptBytes in the config; raise it to build this file`;
}
