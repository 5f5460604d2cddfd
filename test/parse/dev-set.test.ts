import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { root } from './summary.js';

const devDir = path.resolve(root, '../shared/eval/dev');
const seedFile = path.join(root, 'seeds/mad-podcast-lukasz-kaiser.txt');

/** The seed and every dev-set transcript that is present on this machine. */
function transcripts(): { name: string; file: string }[] {
  const out = [{ name: 'seed', file: seedFile }];
  if (!existsSync(devDir)) return out;
  for (const dir of readdirSync(devDir).sort()) {
    const folder = path.join(devDir, dir);
    const file = statSync(folder).isDirectory() && readdirSync(folder).find((f) => f.startsWith('transcript.'));
    if (file) out.push({ name: dir, file: path.join(folder, file) });
  }
  return out;
}

/** What each kind of transcript must come out as: its format and how its times were found. */
function expectedShape(name: string): { format: string; timing: string; labelled: boolean } {
  if (name.startsWith('changelog-')) return { format: 'markdown', timing: 'interpolated', labelled: true };
  if (name.startsWith('ami-')) return { format: 'json-turns', timing: 'estimated', labelled: true };
  return { format: 'plain', timing: 'estimated', labelled: false };
}

describe.each(transcripts())('real transcript $name', ({ name, file }) => {
  const bytes = readFileSync(file);
  const { transcript: t } = parse(file, bytes, { people: { hosts: [], guests: [] }, wordsPerMinute: 150 });
  const shape = expectedShape(name);

  it(`is read as ${shape.format} with ${shape.timing} timing`, () => {
    expect(t.format).toBe(shape.format);
    expect(t.timing).toBe(shape.timing);
  });

  it('has speakers on every turn, named by labels or inferred', () => {
    expect(t.speakers.length).toBeGreaterThanOrEqual(2);
    const ids = new Set(t.speakers.map((s) => s.id));
    for (const turn of t.turns) expect(ids.has(turn.speaker)).toBe(true);
    expect(t.turns.some((turn) => turn.inferred)).toBe(!shape.labelled);
  });

  it('puts every word on a clock that never goes backwards and ends at the duration', () => {
    expect(t.duration).toBeGreaterThan(10 * 60);
    let previous = 0;
    for (const w of t.words) {
      expect(w.time).toBeGreaterThanOrEqual(previous);
      previous = w.time;
    }
    expect(previous).toBeLessThanOrEqual(t.duration);
    expect(t.turns.at(-1)!.endTime).toBe(t.duration);
  });

  it('keeps provenance for every word, and no markup becomes a word', () => {
    for (const w of t.words) expect(t.text.slice(w.start, w.end)).toBe(w.text);
    for (const w of t.words) expect(t.text[w.start - 1]).not.toBe('{');
  });
});

describe.runIf(existsSync(devDir))('changelog timing follows the published clock', () => {
  it.each(readdirSync(existsSync(devDir) ? devDir : root).filter((d) => d.startsWith('changelog-')))(
    '%s ends near the episode length in SOURCE.md',
    (dir) => {
      const source = readFileSync(path.join(devDir, dir, 'SOURCE.md'), 'utf8');
      const m = /\b(\d):(\d\d):(\d\d)\b/.exec(source);
      expect(m).not.toBeNull();
      const length = Number(m![1]) * 3600 + Number(m![2]) * 60 + Number(m![3]);
      const { transcript } = parse(dir, readFileSync(path.join(devDir, dir, 'transcript.md')), {
        people: { hosts: [], guests: [] },
        wordsPerMinute: 150,
      });
      // Ads are not transcribed and the tail after the last stamp is estimated, so allow a few minutes.
      expect(Math.abs(transcript.duration - length)).toBeLessThan(6 * 60);
    },
  );
});
