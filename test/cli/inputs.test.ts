import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Warning } from '../../src/errors.js';
import { resolveInputs } from '../../src/cli/inputs.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'castwright-inputs-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('symbolic links in a transcript folder', () => {
  it('follows a link to a transcript inside the project', async () => {
    const project = path.join(dir, 'show');
    await mkdir(path.join(project, 'seeds'), { recursive: true });
    await mkdir(path.join(project, 'archive'));
    await writeFile(path.join(project, 'archive', 'ep1.txt'), 'Hello there.\n');
    await writeFile(path.join(project, 'seeds', 'ep2.txt'), 'Hi again.\n');
    await symlink(path.join('..', 'archive', 'ep1.txt'), path.join(project, 'seeds', 'ep1.txt'));
    const warnings: Warning[] = [];
    const inputs = await resolveInputs([path.join(project, 'seeds')], { root: project, warn: (w) => warnings.push(w) });
    expect(inputs).toEqual([path.join(project, 'seeds', 'ep1.txt'), path.join(project, 'seeds', 'ep2.txt')]);
    expect(warnings).toEqual([]);
  });

  it('skips a link leading outside the project, and a broken link, with a warning naming each', async () => {
    const project = path.join(dir, 'show');
    await mkdir(path.join(project, 'seeds'), { recursive: true });
    await writeFile(path.join(dir, 'elsewhere.txt'), 'Not ours.\n');
    await writeFile(path.join(project, 'seeds', 'ep2.txt'), 'Hi again.\n');
    await symlink(path.join(dir, 'elsewhere.txt'), path.join(project, 'seeds', 'outside.txt'));
    await symlink(path.join(project, 'gone.txt'), path.join(project, 'seeds', 'broken.txt'));
    const warnings: Warning[] = [];
    const inputs = await resolveInputs([path.join(project, 'seeds')], { root: project, warn: (w) => warnings.push(w) });
    expect(inputs).toEqual([path.join(project, 'seeds', 'ep2.txt')]);
    expect(warnings.map((w) => [path.basename(w.file!), w.rule])).toEqual([
      ['broken.txt', 'inputs/broken-link'],
      ['outside.txt', 'inputs/link-outside'],
    ]);
  });
});
