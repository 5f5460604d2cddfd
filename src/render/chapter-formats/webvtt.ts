import type { Episode } from '../../model/episode.js';
import { formatCueTime } from '../../text/clock.js';
import { escapeVtt } from '../transcripts/vtt-escape.js';
import { chaptersNote } from './label.js';

/** WebVTT chapters (`<track kind="chapters">`): one cue per chapter, the title as its text. */
export function chaptersVtt(episode: Episode): string {
  const note = chaptersNote(episode.chapters);
  const cues = episode.chapters.map((c, i) => {
    const end = Math.max(c.endTime, c.startTime + 0.001);
    return `chapter-${i + 1}\n${formatCueTime(c.startTime)} --> ${formatCueTime(end)}\n${escapeVtt(c.title.replace(/\s+/g, ' '))}`;
  });
  return `WEBVTT\n\n${note ? `NOTE ${note}\n\n` : ''}${cues.join('\n\n')}\n`;
}
