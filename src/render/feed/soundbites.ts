import type { Episode } from '../../model/episode.js';

export interface Soundbite {
  startTime: number;
  duration: number;
  title: string;
}

const MIN_SECONDS = 15;
const MAX_SECONDS = 120;
const MAX_TITLE = 128;

/**
 * `podcast:soundbite`s from the best quotes. The spec recommends 15–120 s:
 * a short quote is extended, after its end first and then before its start
 * when it sits at the end of the episode; a long one is cut at 120 s.
 */
export function soundbites(episode: Episode, count = 3): Soundbite[] {
  const best = [...episode.quotes].sort((a, b) => b.score - a.score || a.startTime - b.startTime).slice(0, count);
  return best
    .map((q) => {
      let start = q.startTime;
      let end = Math.min(q.endTime, start + MAX_SECONDS);
      if (end - start < MIN_SECONDS) {
        end = Math.min(episode.duration, start + MIN_SECONDS);
        start = Math.max(0, Math.min(start, end - MIN_SECONDS));
      }
      const round = (n: number) => Math.round(n * 1000) / 1000;
      return { startTime: round(start), duration: round(end - start), title: clip(q.display, MAX_TITLE) };
    })
    .filter((s) => s.duration > 0)
    .sort((a, b) => a.startTime - b.startTime);
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trimEnd()}…`;
}
