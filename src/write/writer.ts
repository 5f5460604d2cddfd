import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Warning } from '../errors.js';
import type { OutputFile } from '../model/output-file.js';
import { CACHE_DIR, MANIFEST, type Manifest } from './manifest.js';
import { OLD, TEMP, ownerAlive, parseTempName, tempName } from './temp-names.js';

/** What the writer needs of a built episode (the build's `EpisodeResult` is one). */
export interface EpisodeToWrite {
  input: string;
  slug: string;
  ok: boolean;
  /** Kept from an earlier build: nothing to write. */
  cached?: boolean;
  /** Paths relative to the output folder, under the episode's folder. */
  files: readonly OutputFile[];
  warnings: Warning[];
  /** Recorded in the manifest, so an unchanged episode is kept next time. */
  fingerprint?: string;
}

/** Points where a test can hold a write, to play out two builds racing deterministically. */
export interface WriterHooks {
  /** Called when an episode's temporary folder is complete, before it is swapped in. */
  beforeSwap?(slug: string): Promise<void>;
}

/**
 * The one module that writes build output. Each episode is written to a
 * temporary folder beside its final place and swapped in with renames, so a
 * failed or killed build leaves either the old complete folder or the new
 * one. The cache manifest is updated after each swap, so a build killed
 * midway resumes where it stopped.
 */
export class Writer {
  private constructor(
    readonly outDir: string,
    private readonly manifest: Manifest,
    private readonly hooks: WriterHooks,
  ) {}

  /**
   * Open the output folder, repairing what an interrupted build left behind
   * (never what a build still running is writing).
   */
  static async open(outDir: string, manifest: Manifest, hooks: WriterHooks = {}): Promise<Writer> {
    await mkdir(outDir, { recursive: true });
    await repair(outDir);
    return new Writer(outDir, manifest, hooks);
  }

  /** Write one built episode; returns the paths written. Failed and cached episodes write nothing. */
  async writeEpisode(result: EpisodeToWrite): Promise<string[]> {
    if (!result.ok || result.cached) return [];
    await swapFolder(this.outDir, result.slug, result.files, this.hooks);
    if (result.fingerprint !== undefined) {
      this.manifest.episodes[result.input] = {
        fingerprint: result.fingerprint,
        slug: result.slug,
        files: result.files.map((f) => f.path),
        warnings: result.warnings,
      };
      await this.saveManifest();
    }
    return result.files.map((f) => f.path);
  }

  /** Write the show files and remember what they were made from. */
  async writeShow(files: readonly OutputFile[], fingerprint: string, warnings: Warning[]): Promise<string[]> {
    const written = await this.writeFiles(files);
    this.manifest.show = { fingerprint, files: written, warnings };
    await this.saveManifest();
    return written;
  }

  private async saveManifest(): Promise<void> {
    await writeAtomic(path.join(this.outDir, CACHE_DIR, MANIFEST), `${JSON.stringify(this.manifest, null, 2)}\n`);
  }

  /** Write show-level files (feed, index), each atomically. */
  async writeFiles(files: readonly OutputFile[]): Promise<string[]> {
    await Promise.all(files.map((file) => writeAtomic(path.join(this.outDir, file.path), file.contents)));
    return files.map((f) => f.path);
  }
}

/** Write a whole in-memory build result (tests and the library API). */
export async function writeBuild(
  result: { episodes: readonly EpisodeToWrite[]; showFiles: readonly OutputFile[] },
  outDir: string,
  onFile: (file: string) => void = () => {},
): Promise<{ written: string[] }> {
  const writer = await Writer.open(outDir, { version: 1, episodes: {} });
  const written: string[] = [];
  for (const episode of result.episodes) written.push(...(await writer.writeEpisode(episode)));
  written.push(...(await writer.writeFiles(result.showFiles)));
  written.forEach((f) => onFile(f));
  return { written };
}

async function swapFolder(
  outDir: string,
  slug: string,
  files: readonly OutputFile[],
  hooks: WriterHooks,
): Promise<void> {
  const final = path.join(outDir, slug);
  // Names of this write alone: another build into the same folder picks others and leaves these be.
  const temp = path.join(outDir, tempName(TEMP, slug));
  const old = path.join(outDir, tempName(OLD, slug));
  try {
    const targets = files.map((file) => path.join(temp, file.path.slice(slug.length + 1)));
    for (const dir of new Set([temp, ...targets.map((t) => path.dirname(t))])) await mkdir(dir, { recursive: true });
    // The files of one folder are written side by side: one at a time, each waited for a turn of libuv's pool.
    await Promise.all(files.map((file, i) => writeFile(targets[i]!, file.contents)));
    await hooks.beforeSwap?.(slug);
    // rename() cannot replace a non-empty folder: move the old one aside, then swap.
    const hadOld = existsSync(final);
    if (hadOld) await rename(final, old);
    try {
      await rename(temp, final);
    } catch (error) {
      // Put the previous complete folder back rather than leave none.
      if (hadOld && !existsSync(final)) await rename(old, final).catch(() => {});
      throw error;
    }
    if (hadOld) await rm(old, { recursive: true, force: true });
  } finally {
    // Whatever happened, this write's temporary folder must not outlive it.
    await rm(temp, { recursive: true, force: true });
  }
}

/**
 * Clean up after a killed build: half-written temporary folders go; an old
 * folder moved aside but not yet replaced goes back in place. Temporaries of a
 * build that is still running (its process is alive) are left alone.
 */
async function repair(outDir: string): Promise<void> {
  for (const entry of await readdir(outDir)) {
    const temp = parseTempName(entry);
    if (!temp || ownerAlive(temp.pid)) continue;
    if (temp.prefix === TEMP) await rm(path.join(outDir, entry), { recursive: true, force: true });
    else {
      const final = path.join(outDir, temp.name);
      if (existsSync(final)) await rm(path.join(outDir, entry), { recursive: true, force: true });
      else await rename(path.join(outDir, entry), final);
    }
  }
}

async function writeAtomic(target: string, contents: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = path.join(path.dirname(target), tempName(TEMP, path.basename(target)));
  await writeFile(temp, contents);
  await rename(temp, target);
}
