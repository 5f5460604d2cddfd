import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildResult } from '../build/types.js';
import type { OutputFile } from '../render/types.js';

export interface WriteReport {
  /** Paths written, relative to the output folder. */
  written: string[];
}

/**
 * The one module that writes build output. Each episode is written to a
 * temporary folder beside its final place and swapped in with renames, so an
 * interrupted or failed build leaves either the old complete folder or the
 * new one, never a mix. Failed episodes are not touched at all.
 */
export async function writeBuild(result: BuildResult, outDir: string, onFile: (file: string) => void = () => {}): Promise<WriteReport> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const episode of result.episodes) {
    if (!episode.ok) continue;
    await writeFolder(outDir, episode.slug, episode.files, (p) => {
      written.push(p);
      onFile(p);
    });
  }
  for (const file of result.showFiles) {
    await writeAtomic(path.join(outDir, file.path), file.contents);
    written.push(file.path);
    onFile(file.path);
  }
  return { written };
}

async function writeFolder(outDir: string, slug: string, files: OutputFile[], onFile: (p: string) => void): Promise<void> {
  const final = path.join(outDir, slug);
  const temp = path.join(outDir, `.castwright-tmp-${slug}-${process.pid}`);
  const old = path.join(outDir, `.castwright-old-${slug}-${process.pid}`);
  await rm(temp, { recursive: true, force: true });
  for (const file of files) {
    const relative = file.path.slice(slug.length + 1);
    const target = path.join(temp, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.contents);
  }
  await mkdir(temp, { recursive: true });
  // rename() cannot replace a non-empty folder: move the old one aside first.
  let hadOld = true;
  try {
    await rename(final, old);
  } catch {
    hadOld = false;
  }
  await rename(temp, final);
  if (hadOld) await rm(old, { recursive: true, force: true });
  for (const file of files) onFile(file.path);
}

async function writeAtomic(target: string, contents: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.castwright-tmp-${process.pid}`;
  await writeFile(temp, contents);
  await rename(temp, target);
}
