import type { Warning } from '../errors.js';
import type { EpisodeArtifact, EpisodeContext, OutputFile } from './types.js';

/** What one artifact made: files under the episode's folder, its warnings, milliseconds from start to end. */
export interface ArtifactOutput {
  files: OutputFile[];
  warnings: Warning[];
  ms: number;
}

export interface RenderedArtifacts {
  /** Every file, paths prefixed with the episode's folder, in the order of `artifacts`. */
  files: OutputFile[];
  /** The artifacts' warnings, in the order of `artifacts`. */
  warnings: Warning[];
  /** Milliseconds per artifact (`render:<name>`). */
  timings: Record<string, number>;
}

/** Render one artifact with its own warning list; `folder` prefixes its file paths. */
export async function renderArtifact(
  artifact: EpisodeArtifact,
  ctx: EpisodeContext,
  folder: string,
): Promise<ArtifactOutput> {
  const warnings: Warning[] = [];
  const started = performance.now();
  const out = await artifact.render({ ...ctx, warn: (w) => warnings.push(w) });
  const files = out.map((f) => ({ path: `${folder}/${f.path}`, contents: f.contents }));
  return { files, warnings, ms: Math.round((performance.now() - started) * 100) / 100 };
}

/**
 * Render one episode's artifacts, one after another. Those marked
 * `after: 'all'` go last, whatever their place, and see the files and
 * warnings of the others (and of `ctx.files`/`ctx.warnings`, what was made
 * before). Files and warnings are joined in the given order. An artifact
 * that throws fails the episode.
 */
export async function renderArtifacts(
  artifacts: readonly EpisodeArtifact[],
  ctx: EpisodeContext,
  folder: string,
): Promise<RenderedArtifacts> {
  const results = new Map<EpisodeArtifact, ArtifactOutput>();
  const ordered = [...artifacts].sort((a, b) => Number(a.after === 'all') - Number(b.after === 'all'));
  for (const artifact of ordered) {
    const before =
      artifact.after === 'all' ? artifacts.filter((a) => a.after !== 'all').map((a) => results.get(a)!) : [];
    const seen = {
      files: [...(ctx.files ?? []), ...before.flatMap((r) => r.files)],
      warnings: [...(ctx.warnings ?? []), ...before.flatMap((r) => r.warnings)],
    };
    results.set(artifact, await renderArtifact(artifact, { ...ctx, ...seen }, folder));
  }
  const done = artifacts.map((a) => results.get(a)!);
  const timings = Object.fromEntries(artifacts.map((a) => [`render:${a.name}`, results.get(a)!.ms]));
  return { files: done.flatMap((r) => r.files), warnings: done.flatMap((r) => r.warnings), timings };
}
