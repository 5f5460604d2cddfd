import type { EpisodeOptions, ResolvedConfig } from '../config/schema.js';
import type { Episode } from '../model/episode.js';
import type { Transcript } from '../model/transcript.js';
import type { Corrector } from '../text/corrections.js';
import type { Warning } from '../errors.js';
import type { OutputFile } from '../model/output-file.js';

export type { OutputFile };

/** Everything an episode artifact may read. Renderers never touch the disk. */
export interface EpisodeContext {
  episode: Episode;
  transcript: Transcript;
  config: ResolvedConfig;
  options: EpisodeOptions;
  correct: Corrector;
  /** Warnings a renderer raises (missing artwork, trimmed notes…). */
  warn: (warning: Warning) => void;
  /** Files the artifacts before this one produced (paths relative to the output folder, `<slug>/…`); the preview links them. */
  files?: readonly OutputFile[];
  /** The episode's warnings so far (parse, edits, render); the preview lists them. */
  warnings?: readonly Warning[];
}

/** One kind of output per episode (`episode.json`, `show-notes`…), rendered from the finished episode. */
export interface EpisodeArtifact {
  name: string;
  description: string;
  /**
   * `'all'`: renders after every other artifact of the episode and sees
   * their files and warnings (the preview page, which links every file).
   */
  after?: 'all';
  render(ctx: EpisodeContext): OutputFile[] | Promise<OutputFile[]>;
}

/** Everything a show-level artifact (feed, index) may read. */
export interface ShowContext {
  episodes: readonly { episode: Episode; options: EpisodeOptions }[];
  config: ResolvedConfig;
  warn: (warning: Warning) => void;
  /** Show files the artifacts before this one produced (feed…); the show preview links them. */
  files?: readonly OutputFile[];
  /** The show's warnings so far; the show preview lists them. */
  warnings?: readonly Warning[];
}

export interface ShowArtifact {
  name: string;
  description: string;
  render(ctx: ShowContext): OutputFile[] | Promise<OutputFile[]>;
}
