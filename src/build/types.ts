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
  /**
   * Incremental builds: skip episodes whose inputs are unchanged since the
   * output in `outDir` was written (unless `force`). Without it, everything
   * builds, in memory.
   */
  cache?: { outDir: string; force?: boolean };
  /** Build only shard i of n (1-based); the show files are then left to `castwright feed`. */
  shard?: { index: number; count: number };
  /** Worker threads for episodes; default the number of cores. */
  workers?: number;
  /** castwright's version, part of every fingerprint. */
  version?: string;
  /** Told the transcripts that will be built (after the unchanged ones are set aside), before any is. */
  onPlanned?: (inputs: readonly string[]) => void;
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
  /** True when the previous output was kept (inputs unchanged). */
  cached?: boolean;
  /** Hash of the inputs, recorded in the cache manifest. */
  fingerprint?: string;
  /** With a language model configured: requests made, tokens in and out, time spent. */
  llm?: { requests: number; cached: number; tokensIn: number; tokensOut: number; ms: number };
}

export interface BuildResult {
  episodes: EpisodeResult[];
  /** Show-level files (feed, index), relative to the output folder. */
  showFiles: OutputFile[];
  warnings: Warning[];
}
