import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/build.js';
import { tempProject } from '../helpers/cli.js';

const talk = (topic: string) =>
  `>> Welcome to the show. My guest today is Ada. What is new with ${topic}?\n>> We build ${topic} that compute. The ${topic} read cards and weave patterns, and that idea shaped computing for a century.\n`;

/** Start `castwright preview` on a free port in `dir` and wait until it serves; stop it with SIGINT. */
async function startPreview(dir: string, only: string) {
  const child = spawn(
    process.execPath,
    [path.join(root, 'dist/bin/castwright.js'), 'preview', '--port', '0', '--only', only],
    { cwd: dir, env: { ...process.env, NO_COLOR: '1' } },
  );
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    await expect
      .poll(() => (child.exitCode === null ? stdout : `exited: ${stdout}`), { timeout: 30_000 })
      .toMatch(/^(?!exited)[^]*Serving out\/ at http:\/\/localhost:\d+\//);
  } catch (error) {
    child.kill('SIGINT');
    throw error;
  }
  const base = /Serving out\/ at (http:\/\/localhost:\d+\/)/.exec(stdout)![1]!;
  return { child, exited, output: () => stdout, base };
}

describe('castwright preview', () => {
  it('builds, serves out/, rebuilds when an edits file changes, and stops on Ctrl+C', async () => {
    const dir = await tempProject({ 'seeds/looms.txt': talk('looms') });
    const { child, exited, output, base } = await startPreview(dir, 'episode,show-notes,preview');
    try {
      expect(output()).toMatch(/watching seeds, pipeline\.config\.ts/);
      const page = await fetch(`${base}looms/`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('<h1 id="title">Looms</h1>');
      // An episode page as served is a review page: its script follows rebuilds from the same event stream.
      expect(html).toContain('window.castwrightReview=');
      expect(html).toContain('"events":"/__castwright/events"');

      await writeFile(path.join(dir, 'seeds/looms.edits.yaml'), 'version: 1\nreviewed: true\n');
      await expect
        .poll(async () => readFile(path.join(dir, 'out/looms/index.html'), 'utf8'), { timeout: 30_000, interval: 250 })
        .toContain('all reviewed');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });

  it('rebuilds with a template edited while it runs, not the one it compiled first', async () => {
    const template = (word: string) => `<p>${word}: {{episode.title}}</p>\n`;
    const dir = await tempProject({
      'seeds/looms.txt': talk('looms'),
      'pipeline.config.ts': "export default { podcast: { title: 'Test Show' }, templates: 'my-templates' };\n",
      'my-templates/host-notes/apple.html.hbs': template('Before'),
    });
    const { child, exited, base } = await startPreview(dir, 'host-notes,preview');
    try {
      expect(await (await fetch(`${base}looms/host-notes/apple.html`)).text()).toContain('Before: Looms');

      await writeFile(path.join(dir, 'my-templates/host-notes/apple.html.hbs'), template('After'));
      await expect
        .poll(async () => (await fetch(`${base}looms/host-notes/apple.html`)).text(), {
          timeout: 30_000,
          interval: 250,
        })
        .toContain('After: Looms');
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});
