import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { castwright, tempProject } from '../helpers/cli.js';

const talk =
  '>> Welcome to the show. My guest today is Ada. What are you building?\n>> We build looms that compute. The loom reads cards and weaves patterns, and that idea shaped computing for a century.\n';

describe('castwright CLI', () => {
  it('prints help and version', async () => {
    const help = await castwright(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/build \[options\] \[files\.\.\.\]/);
    const version = await castwright(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('builds seeds/ into out/<slug>/ with one line per file and a summary line', async () => {
    const dir = await tempProject({ 'seeds/ada.txt': talk });
    const run = await castwright(['build'], dir);
    expect(run.code).toBe(0);
    // A bare config lacks publishing facts: those are warnings (with the field named), never errors.
    expect(
      run.stderr
        .trim()
        .split('\n')
        .every((l) => l.startsWith('warning ')),
    ).toBe(true);
    expect(run.stderr).toMatch(/warning pipeline\.config\.ts: .*audio\.url/);
    const lines = run.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('Wrote out/ada/')).length).toBeGreaterThanOrEqual(4);
    expect(lines.at(-1)).toMatch(/^Wrote \d+ files for 1 episode in \d+\.\d\d seconds/);
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(existsSync(path.join(dir, 'out/ada/episode.json'))).toBe(true);
  });

  it('prints a machine-readable report with --json', async () => {
    const dir = await tempProject({ 'seeds/ada.txt': talk });
    const run = await castwright(['build', '--json'], dir);
    const report = JSON.parse(run.stdout);
    expect(report.ok).toBe(true);
    expect(report.episodes[0]).toMatchObject({ slug: 'ada', ok: true });
    expect(report.episodes[0].files).toContain('ada/episode.json');
  });

  it('produces only the requested artifacts with --only', async () => {
    const dir = await tempProject({ 'seeds/ada.txt': talk });
    const run = await castwright(['build', '--only', 'chapters'], dir);
    expect(run.code).toBe(0);
    expect(await readdir(path.join(dir, 'out/ada'))).toEqual(['chapters.json']);
  });

  it('rejects an unknown --only name before writing anything', async () => {
    const dir = await tempProject({ 'seeds/ada.txt': talk });
    const run = await castwright(['build', '--only', 'chapters,podcast-art'], dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/unknown output "podcast-art": expected one of .*chapters/);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it.each([
    ['an empty file', 'empty.txt', '', /empty\.txt: the transcript is empty/],
    ['a whitespace-only file', 'blank.txt', '  \n\t\n', /blank\.txt: the transcript is empty/],
    [
      'a binary file',
      'noise.txt',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x10]),
      /noise\.txt.*(binary|not valid)/,
    ],
    [
      'a non-UTF-8 file',
      'latin1.txt',
      new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      /latin1\.txt:1:4: not valid UTF-8/,
    ],
  ])('fails %s with its name, a non-zero exit and no output for it', async (_, name, contents, message) => {
    const dir = await tempProject({ [`seeds/${name}`]: contents, 'seeds/ada.txt': talk });
    const run = await castwright(['build'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    const slug = name.replace(/\.txt$/, '');
    expect(existsSync(path.join(dir, 'out', slug))).toBe(false);
    // The good episode still builds.
    expect(existsSync(path.join(dir, 'out/ada/episode.json'))).toBe(true);
  });

  it('fails a missing path and a directory with a clear message', async () => {
    const dir = await tempProject({ 'seeds/ada.txt': talk });
    await mkdir(path.join(dir, 'folder.txt'));
    const missing = await castwright(['build', 'nope.txt'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt: no such file/);
    const folder = await castwright(['build', 'folder.txt/'], dir);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/folder\.txt\/?: (is a directory|no transcripts)/);
  });

  it('rejects an invalid config naming the field and what was expected', async () => {
    const dir = await tempProject({ 'seeds/ada.txt': talk });
    await writeFile(
      path.join(dir, 'pipeline.config.ts'),
      `export default { podcast: { title: 'X', siteUrl: 'not a url', explicit: 'no' }, cards: { count: -1 } };\n`,
    );
    const run = await castwright(['build'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/pipeline\.config\.ts: invalid config/);
    expect(run.stderr).toMatch(/podcast\.siteUrl: .*URL/i);
    expect(run.stderr).toMatch(/podcast\.explicit: .*boolean/i);
    expect(run.stderr).toMatch(/cards\.count: /);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('leaves the previous output untouched when a rebuild of that episode fails', async () => {
    const dir = await tempProject({ 'seeds/ada.txt': talk });
    expect((await castwright(['build'], dir)).code).toBe(0);
    const before = await readFile(path.join(dir, 'out/ada/episode.json'), 'utf8');
    await writeFile(path.join(dir, 'seeds/ada.txt'), '');
    const run = await castwright(['build'], dir);
    expect(run.code).toBe(1);
    expect(await readFile(path.join(dir, 'out/ada/episode.json'), 'utf8')).toBe(before);
    expect((await readdir(path.join(dir, 'out'))).filter((n) => /^\.castwright-(tmp|old)-/.test(n))).toEqual([]);
  });
});
