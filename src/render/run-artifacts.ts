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
  /** Milliseconds per artifact (`render:<name>`), from its start to its end. */
  timings: Record<string, number>;
}

/** Render one artifact with its own warning list; `folder` prefixes its file paths. */
export async function renderArtifact(artifact: EpisodeArtifact, ctx: EpisodeContext, folder: string): Promise<ArtifactOutput> {
  const warnings: Warning[] = [];
  const started = performance.now();
  const out = await artifact.render({ ...ctx, warn: (w) => warnings.push(w) });
  const files = out.map((f) => ({ path: `${folder}/${f.path}`, contents: f.contents }));
  return { files, warnings, ms: Math.round((performance.now() - started) * 100) / 100 };
}

/**
 * Render one episode's artifacts. Each starts once the artifacts it reads
 * (`after`) are done, so the cards, laid out in their worker, overlap the
 * notes, transcripts and newsletter rendered here; `started` holds
 * artifacts the caller began earlier (the cards, as soon as the quotes were
 * known). Files and warnings are kept per artifact and joined in the given
 * order: the output never depends on which artifact finished first. An
 * artifact that throws fails the episode, after the others have settled.
 */
export async function renderArtifacts(
  artifacts: readonly EpisodeArtifact[],
  ctx: EpisodeContext,
  folder: string,
  started: ReadonlyMap<string, Promise<ArtifactOutput>> = new Map(),
): Promise<RenderedArtifacts> {
  // Those that read every other artifact go last, whatever their place in the registry.
  const ordered = [...artifacts].sort((a, b) => Number(a.after === 'all') - Number(b.after === 'all'));
  const results = new Map<EpisodeArtifact, ArtifactOutput>();
  const runs = new Map<string, Promise<void>>();
  const joined = (list: readonly EpisodeArtifact[]) => {
    const done = list.map((a) => results.get(a)).filter((r) => r !== undefined);
    return { files: done.flatMap((r) => r.files), warnings: done.flatMap((r) => r.warnings) };
  };

  for (const artifact of ordered) {
    const reads = artifact.after === 'all' ? ordered.filter((a) => a.after !== 'all') : ordered.filter((a) => artifact.after?.includes(a.name));
    const output =
      started.get(artifact.name) ??
      (async () => {
        artifact.prepare?.(ctx);
        await Promise.all(reads.map((a) => runs.get(a.name)));
        const before = joined(reads);
        return renderArtifact(artifact, { ...ctx, files: [...(ctx.files ?? []), ...before.files], warnings: [...(ctx.warnings ?? []), ...before.warnings] }, folder);
      })();
    const run = output.then((out) => void results.set(artifact, out));
    // Handled here so a failure waits for the others to settle instead of crashing the process meanwhile.
    run.catch(() => undefined);
    runs.set(artifact.name, run);
    // One turn of the event loop between artifacts: one that waits on a worker
    // or the disk (the cards) gets its replies in while the others render.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const outcomes = await Promise.allSettled(runs.values());
  const failure = outcomes.find((o) => o.status === 'rejected');
  if (failure) throw failure.reason;

  const { files, warnings } = joined(artifacts);
  // Per artifact, so the benchmark can report card throughput on its own.
  const timings = Object.fromEntries(artifacts.map((a) => [`render:${a.name}`, results.get(a)!.ms]));
  return { files, warnings, timings };
}
