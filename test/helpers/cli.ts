import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from './build.js';

const bin = path.join(root, 'dist/bin/castwright.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the compiled CLI (`npm test` compiles first) in `cwd`. */
export function castwright(args: string[], cwd = root): Promise<Run> {
  if (!existsSync(bin))
    throw new Error('dist/bin/castwright.js is missing: run `npm test` (it builds first) or `npm run build`');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

/** A temporary project folder with a minimal config and the given files. */
export async function tempProject(files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'castwright-'));
  const config = `export default { podcast: { title: 'Test Show' } };\n`;
  await writeFile(path.join(dir, 'pipeline.config.ts'), config);
  for (const [name, contents] of Object.entries(files)) {
    const target = path.join(dir, name);
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(target), { recursive: true }));
    await writeFile(target, contents);
  }
  return dir;
}
