import type { ResolvedConfig } from '../config/schema.js';
import type { Warning } from '../errors.js';
import type { Episode } from '../model/episode.js';
import type { OutputFile } from '../render/types.js';

export type { OutputFile };

export interface BuildOptions {
  /** Transcript files to build. */
  inputs: readonly string[];
  config: ResolvedConfig;
  /** Artifact names to produce; default: the config's `outputs`, else all. */
  only?: readonly string[];
  /** Base folder of built-in templates (defaults to the package's `templates/`). */
  templatesDir?: string;
}

export interface EpisodeResult {
  input: string;
  slug: string;
  ok: boolean;
  /** One-line reason when `ok` is false. */
  error?: string;
  episode?: Episode;
  /** Paths relative to the output folder, e.g. `slug/episode.json`. */
  files: OutputFile[];
  warnings: Warning[];
  /** Milliseconds per stage. */
  timings: Record<string, number>;
}

export interface BuildResult {
  episodes: EpisodeResult[];
  /** Show-level files (feed, index), relative to the output folder. */
  showFiles: OutputFile[];
  warnings: Warning[];
}
