import type { EpisodeArtifact } from '../types.js';
import { chaptersFfmetadata } from './ffmetadata.js';
import { chaptersNote } from './label.js';
import { chaptersPodlove } from './podlove.js';
import { chaptersVtt } from './webvtt.js';
import { youtubeChapters } from './youtube.js';

export { chaptersJson } from './json.js';

/**
 * Chapters in the other formats people use: WebVTT chapters, Podlove Simple
 * Chapters, YouTube description lines and FFMETADATA for ffmpeg. The JSON
 * chapters are their own artifact (`chapters`), as the feed links them.
 */
export const chapterFiles: EpisodeArtifact = {
  name: 'chapter-files',
  description: 'chapters/: WebVTT, Podlove Simple Chapters, YouTube text, FFMETADATA',
  render({ episode, config }) {
    if (episode.chapters.length === 0) return [];
    const files = [
      { path: 'chapters/chapters.vtt', contents: chaptersVtt(episode) },
      { path: 'chapters/chapters.psc.xml', contents: chaptersPodlove(episode) },
      { path: 'chapters/chapters.ffmetadata.txt', contents: chaptersFfmetadata(episode, config.podcast.title) },
    ];
    const youtube = youtubeChapters(episode.chapters, episode.duration);
    // Chapters YouTube would reject are left out; the YouTube description's warning says why.
    if (youtube.ok) {
      const note = chaptersNote(episode.chapters);
      files.push({
        path: 'chapters/chapters-youtube.txt',
        contents: `${note ? 'Chapters (automatically created)\n' : ''}${youtube.lines.join('\n')}\n`,
      });
    }
    return files;
  },
};
