import type { EpisodeOptions, ResolvedConfig } from '../config/schema.js';
import type { Episode } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import type { Corrector } from '../text/corrections.js';
import type { Warning } from '../errors.js';

/** A file a build would write: `path` is relative to the output folder. */
export interface OutputFile {
  path: string;
  contents: string | Uint8Array;
}

/** Everything an episode artifact may read. Renderers never touch the disk. */
export interface EpisodeContext {
  episode: Episode;
  transcript: Transcript;
  config: ResolvedConfig;
  options: EpisodeOptions;
  correct: Corrector;
  /** Warnings a renderer raises (missing artwork, trimmed notes…). */
  warn: (warning: Warning) => void;
}

/** One kind of output per episode (`episode.json`, `show-notes`, `cards`…). */
export interface EpisodeArtifact {
  name: string;
  description: string;
  render(ctx: EpisodeContext): OutputFile[] | Promise<OutputFile[]>;
}

/** Everything a show-level artifact (feed, index) may read. */
export interface ShowContext {
  episodes: readonly { episode: Episode; options: EpisodeOptions }[];
  config: ResolvedConfig;
  warn: (warning: Warning) => void;
}

export interface ShowArtifact {
  name: string;
  description: string;
  render(ctx: ShowContext): OutputFile[] | Promise<OutputFile[]>;
}
