import path from 'node:path';
import { titleFromFile } from '../config/episode-options.js';
import type { EpisodeOptions } from '../config/schema.js';
import type { Episode } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import type { Summary } from '../summarise/index.js';
import { houseSpelling } from '../text/spelling.js';

/**
 * The generated episode: the config's facts about it (title, number,
 * date), what the transcript says of itself (source, duration, speakers,
 * cold open) and what summarise wrote. Its fields keep this order, which is
 * the order of episode.json.
 */
export function assembleEpisode(
  input: string,
  slug: string,
  options: EpisodeOptions,
  t: Transcript,
  summary: Summary,
): Episode {
  const coldTurns = t.turns.filter((turn) => turn.coldOpen);
  return {
    schema: 'castwright.episode/1',
    slug,
    // A title made from the file name writes its names as the transcript does: "js-party-300" is "JS Party 300".
    title: options.title ?? houseSpelling(t.words)(titleFromFile(input)),
    ...(options.number === undefined ? {} : { number: options.number }),
    ...(options.season === undefined ? {} : { season: options.season }),
    ...(options.date === undefined ? {} : { date: options.date }),
    source: { path: toPosix(input), format: t.format, sha256: t.sha256 },
    duration: t.duration,
    timing: t.timing,
    speakers: t.speakers.map((s) => {
      const own = t.turns.filter((turn) => turn.speaker === s.id);
      return {
        id: s.id,
        name: s.name,
        role: s.role,
        words: own.reduce((n, turn) => n + turn.endWord - turn.firstWord, 0),
        inferred: own.some((turn) => turn.inferred),
      };
    }),
    ...(coldTurns.length > 0
      ? {
          coldOpen: {
            startTime: coldTurns[0]!.startTime,
            endTime: coldTurns.at(-1)!.endTime,
            source: { start: coldTurns[0]!.start, end: coldTurns.at(-1)!.end },
          },
        }
      : {}),
    chapters: summary.chapters,
    quotes: summary.quotes,
    summary: summary.summary,
    summarySources: summary.summarySources,
    takeaways: summary.takeaways,
    keywords: summary.keywords,
    mentions: summary.mentions,
  };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
