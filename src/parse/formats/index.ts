import type { FormatParser } from '../raw.js';
import { jsonTurns } from './json-turns.js';
import { markdown } from './markdown.js';
import { plainCaption } from './plain-caption.js';
import { speakerLabelled } from './speaker-labelled.js';

/** Every transcript format castwright reads, by name. Detection tries them all. */
export const formats: readonly FormatParser[] = [markdown, speakerLabelled, jsonTurns, plainCaption];

export function formatNamed(name: string): FormatParser | undefined {
  return formats.find((f) => f.name === name);
}
