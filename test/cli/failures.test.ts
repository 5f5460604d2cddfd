import { describe, expect, it } from 'vitest';
import { castwright, tempProject } from '../helpers/cli.js';

const talk =
  '>> Welcome to the show. My guest today is Ada. What are you building?\n>> We build looms that compute. The loom reads cards and weaves patterns, and that idea shaped computing for a century.\n';

/**
 * A project whose host-notes template compiles but fails as it renders (it
 * names a partial that does not exist): the render stage throws for every
 * episode, whichever thread builds it.
 */
function failingProject(episodes: number): Promise<string> {
  const files: Record<string, string> = {
    'pipeline.config.ts': "export default { podcast: { title: 'Test Show' }, templates: 'my-templates' };\n",
    'my-templates/host-notes/apple.html.hbs': '<p>{{> missing-partial}}</p>\n',
  };
  for (let i = 1; i <= episodes; i++) files[`seeds/ep-${i}.txt`] = talk;
  return tempProject(files);
}

const failure = (file: string) =>
  new RegExp(
    `^error ${file}: .*my-templates/host-notes/apple\\.html\\.hbs.*template failed: The partial missing-partial could not be found$`,
    'm',
  );

describe('a stage that throws', () => {
  it('fails a one-episode build with the reason on its failure line, a summary line and exit code 1', async () => {
    const dir = await failingProject(1);
    const run = await castwright(['build'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(failure('seeds/ep-1.txt'));
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(
      /^Wrote 0 files for 0 episodes in \d+\.\d\d seconds; 1 failed/,
    );
  });

  it('fails each episode of a catalogue built in worker threads the same way', async () => {
    const dir = await failingProject(3);
    const run = await castwright(['build', '--workers', '2'], dir);
    expect(run.code).toBe(1);
    for (let i = 1; i <= 3; i++) expect(run.stderr).toMatch(failure(`seeds/ep-${i}.txt`));
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/; 3 failed/);
  });
});

describe('a file built to exhaust the machine', () => {
  it('blames the edits file, with a line, for an alias bomb', async () => {
    const bomb = ['version: 1', 'a0: &a0 [lol]'];
    for (let i = 1; i <= 9; i++)
      bomb.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    bomb.push('summary: *a9');
    const dir = await tempProject({ 'seeds/ep.txt': talk, 'seeds/ep.edits.yaml': `${bomb.join('\n')}\n` });
    const run = await castwright(['build'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error seeds\/ep\.edits\.yaml:4: invalid YAML: too many aliases/m);
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/; 1 failed/);
  });

  it('blames the transcript, with line and column, for JSON nested too deeply', async () => {
    const deep = `{"segments": [\n${'['.repeat(100_000)}${']'.repeat(100_000)}\n]}`;
    const dir = await tempProject({ 'seeds/ep.json': deep });
    const run = await castwright(['build', '--format', 'whisper-json'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error seeds\/ep\.json:2:\d+: JSON nested deeper than 256 levels$/m);
  });
});
