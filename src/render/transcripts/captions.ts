import { formatCueTime } from '../../text/clock.js';
import type { Cue } from './cues.js';
import { escapeVtt } from './vtt-escape.js';

/** WebVTT advice: lines of at most about 65 characters. */
export const VTT_LAYOUT = { maxChars: 65, maxLines: 2 } as const;
/** SRT advice: at most 2 lines of 32 characters, `Name:` on a change of speaker. */
export const SRT_LAYOUT = { maxChars: 32, maxLines: 2, prefix: (speaker: string) => `${speaker}:` } as const;

/**
 * WebVTT with a `<v Name>` voice span per cue, the form Apple ingests for
 * transcripts. Text and names are escaped (`&amp;`, `&lt;`, `&gt;`), so
 * speech can never open a tag or end a timing line.
 */
export function toWebVtt(cues: readonly Cue[]): string {
  const blocks = cues.map((c, i) => {
    const voice = escapeVtt(c.speaker.replace(/\s+/g, ' '));
    return `${i + 1}\n${formatCueTime(c.start)} --> ${formatCueTime(c.end)}\n<v ${voice}>${c.lines.map(escapeVtt).join('\n')}`;
  });
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`;
}

/** SubRip: numbered cues with `hh:mm:ss,mmm` times and plain text lines. */
export function toSrt(cues: readonly Cue[]): string {
  return `${cues.map((c, i) => `${i + 1}\n${formatCueTime(c.start, ',')} --> ${formatCueTime(c.end, ',')}\n${c.lines.join('\n')}`).join('\n\n')}\n`;
}

/** Podcasting 2.0 JSON transcript (version 1.0.0): one segment per cue. */
export function toTranscriptJson(cues: readonly Cue[]): string {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const segments = cues.map((c) => ({
    speaker: c.speaker,
    startTime: round(c.start),
    endTime: round(c.end),
    body: c.lines.join(' '),
  }));
  return `${JSON.stringify({ version: '1.0.0', segments }, null, 2)}\n`;
}
