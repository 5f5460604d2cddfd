import type { FormatParser } from '../raw.js';
import { jsonTurns } from './json-turns.js';
import { markdown } from './markdown.js';
import { otter } from './otter.js';
import { plainCaption } from './plain-caption.js';
import { podcastJson } from './podcast-json.js';
import { speakerLabelled } from './speaker-labelled.js';
import { srt } from './srt.js';
import { vtt } from './vtt.js';
import { whisperJson } from './whisper-json.js';
import { youtubeVtt } from './youtube-vtt.js';

/** Every transcript format castwright reads, by name. Detection tries them all. */
export const formats: readonly FormatParser[] = [
  markdown,
  speakerLabelled,
  jsonTurns,
  plainCaption,
  srt,
  vtt,
  youtubeVtt,
  otter,
  whisperJson,
  podcastJson,
];

export function formatNamed(name: string): FormatParser | undefined {
  return formats.find((f) => f.name === name);
}
