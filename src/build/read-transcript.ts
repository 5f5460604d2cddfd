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
  const bytes = await readInput(input);
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

async function readInput(input: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(input);
  } catch {
    throw new CastwrightError('no such file: expected a transcript file', { file: input });
  }
  if (info.isDirectory()) throw new CastwrightError('is a directory: expected a transcript file', { file: input });
  return readFile(input);
}
