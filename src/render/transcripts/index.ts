import type { EpisodeArtifact } from '../types.js';
import { SRT_LAYOUT, toSrt, toTranscriptJson, toWebVtt, VTT_LAYOUT } from './captions.js';
import { layoutCues } from './cues.js';
import { readableSections } from './readable.js';
import { readableHtml, readableMarkdown } from './readable-format.js';
import { transcriptSentences } from './tokens.js';

/** File names of the transcript exports, shared with the feed's `podcast:transcript` links. */
export const TRANSCRIPT_FILES = {
  vtt: 'transcript/transcript.vtt',
  srt: 'transcript/transcript.srt',
  json: 'transcript/transcript.json',
  html: 'transcript/transcript.html',
  markdown: 'transcript/transcript.md',
} as const;

/**
 * The transcript in every format people use: WebVTT with voices, SRT and
 * Podcasting 2.0 JSON (timed, verbatim, corrections applied) and readable
 * HTML and Markdown (fillers removed, chapter headings).
 */
export const transcripts: EpisodeArtifact = {
  name: 'transcripts',
  description: 'transcript/: WebVTT with voices, SRT, Podcasting 2.0 JSON, readable HTML and Markdown',
  render({ episode, transcript, correct, config }) {
    const sentences = transcriptSentences(transcript, correct);
    const vttCues = layoutCues(sentences, VTT_LAYOUT);
    const srtCues = layoutCues(sentences, SRT_LAYOUT);
    const sections = readableSections(transcript, episode, correct);
    return [
      { path: TRANSCRIPT_FILES.vtt, contents: toWebVtt(vttCues) },
      { path: TRANSCRIPT_FILES.srt, contents: toSrt(srtCues) },
      { path: TRANSCRIPT_FILES.json, contents: toTranscriptJson(vttCues) },
      { path: TRANSCRIPT_FILES.html, contents: readableHtml(episode, sections, config.podcast.language) },
      { path: TRANSCRIPT_FILES.markdown, contents: readableMarkdown(episode, sections) },
    ];
  },
};
