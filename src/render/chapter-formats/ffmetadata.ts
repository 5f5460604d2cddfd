import type { Episode } from '../../model/episode.js';
import { chaptersNote } from './label.js';

/** FFMETADATA escapes `=`, `;`, `#`, `\` and line breaks with a backslash. */
function escapeValue(value: string): string {
  return value.replace(/[=;#\\\n]/g, (c) => `\\${c}`);
}

/**
 * An FFMETADATA1 file for `ffmpeg -i audio.mp3 -i chapters.ffmetadata.txt
 * -map_metadata 1 -codec copy out.mp3`, which writes ID3v2 CHAP/CTOC frames
 * (MP3) or MP4 chapters. Times in milliseconds.
 */
export function chaptersFfmetadata(episode: Episode, showTitle: string): string {
  const note = chaptersNote(episode.chapters);
  const lines = [';FFMETADATA1', `title=${escapeValue(episode.title)}`, `album=${escapeValue(showTitle)}`];
  if (note) lines.push(`; ${note}`);
  for (const c of episode.chapters) {
    const start = Math.round(c.startTime * 1000);
    lines.push(
      '',
      '[CHAPTER]',
      'TIMEBASE=1/1000',
      `START=${start}`,
      `END=${Math.max(start + 1, Math.round(c.endTime * 1000))}`,
      `title=${escapeValue(c.title)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
