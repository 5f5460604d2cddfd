import type { Chapter } from '../../model/episode.js';
import { formatClock } from '../../text/clock.js';

/** YouTube cuts chapter titles beyond about 70 characters. */
const MAX_TITLE = 70;
const MIN_CHAPTERS = 3;
const MIN_SECONDS = 10;

export type YouTubeChapters = { ok: true; lines: string[] } | { ok: false; reason: string };

/**
 * Chapters as YouTube reads them from a description (`0:00 Title` per line),
 * or the rule they break: the first must start at 0:00, there must be at
 * least 3, each at least 10 seconds long, in ascending order. Broken
 * chapters are left out rather than pasted where YouTube would ignore them.
 */
export function youtubeChapters(chapters: readonly Chapter[], duration: number): YouTubeChapters {
  if (chapters.length < MIN_CHAPTERS)
    return { ok: false, reason: `${chapters.length} chapters; YouTube needs at least ${MIN_CHAPTERS}` };
  if (Math.floor(chapters[0]!.startTime) !== 0)
    return {
      ok: false,
      reason: `the first chapter starts at ${formatClock(chapters[0]!.startTime)}; YouTube needs 0:00`,
    };
  const lines: string[] = [];
  for (let i = 0; i < chapters.length; i++) {
    const c = chapters[i]!;
    const start = Math.floor(c.startTime);
    const end = i + 1 < chapters.length ? Math.floor(chapters[i + 1]!.startTime) : Math.max(duration, c.endTime);
    if (end - start < MIN_SECONDS)
      return {
        ok: false,
        reason: `chapter ${i + 1} ("${c.title}") lasts ${Math.max(0, end - start)} s; YouTube needs at least ${MIN_SECONDS} s`,
      };
    lines.push(`${i === 0 ? '0:00' : formatClock(start)} ${oneLine(c.title, MAX_TITLE)}`);
  }
  return { ok: true, lines };
}

/** YouTube rejects descriptions with angle brackets; titles lose line breaks. */
export function youtubeText(value: string): string {
  return value.replace(/</g, '‹').replace(/>/g, '›');
}

function oneLine(value: string, max: number): string {
  const flat = youtubeText(value.replace(/\s+/g, ' ').trim());
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
