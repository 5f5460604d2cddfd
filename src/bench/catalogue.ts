import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A synthetic back catalogue in a temporary folder: `size` transcripts cycled
 * from the seed and, when present, the development set's real transcripts
 * (read in place from ../shared, copied only into the temporary folder).
 */
export async function makeCatalogue(root: string, size: number): Promise<{ dir: string; sources: string[] }> {
  const sources = [path.join(root, 'seeds/mad-podcast-lukasz-kaiser.txt')];
  const dev = path.resolve(root, '../shared/eval/dev');
  if (existsSync(dev)) {
    for (const name of (await readdir(dev)).sort()) {
      for (const file of ['transcript.md', 'transcript.json']) {
        const p = path.join(dev, name, file);
        if (existsSync(p)) sources.push(p);
      }
    }
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'castwright-bench-'));
  await mkdir(path.join(dir, 'seeds'));
  for (let i = 0; i < size; i++) {
    const source = sources[i % sources.length]!;
    await copyFile(source, path.join(dir, 'seeds', `episode-${String(i + 1).padStart(3, '0')}${path.extname(source)}`));
  }
  await copyFile(path.join(root, 'pipeline.config.ts'), path.join(dir, 'pipeline.config.ts'));
  return { dir, sources };
}

/** The repository's own project (the seed under its name, the config) in a temporary folder: the kit a producer builds. */
export async function makeSeedProject(root: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'castwright-seed-'));
  await mkdir(path.join(dir, 'seeds'));
  await copyFile(
    path.join(root, 'seeds/mad-podcast-lukasz-kaiser.txt'),
    path.join(dir, 'seeds/mad-podcast-lukasz-kaiser.txt'),
  );
  await copyFile(path.join(root, 'pipeline.config.ts'), path.join(dir, 'pipeline.config.ts'));
  return dir;
}
