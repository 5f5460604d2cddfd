import { describe, expect, it } from 'vitest';
import { renderArtifacts } from '../../src/render/run-artifacts.js';
import type { EpisodeArtifact, EpisodeContext } from '../../src/render/types.js';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ctx = { episode: {}, warn: () => undefined, files: [], warnings: [] } as unknown as EpisodeContext;

describe('rendering artifacts', () => {
  it('joins files and warnings in the given order', async () => {
    const slow: EpisodeArtifact = {
      name: 'slow',
      description: '',
      async render(c) {
        await later(30);
        c.warn({ message: 'slow warns' });
        return [{ path: 'slow.txt', contents: 'a' }];
      },
    };
    const fast: EpisodeArtifact = {
      name: 'fast',
      description: '',
      render(c) {
        c.warn({ message: 'fast warns' });
        return [{ path: 'fast.txt', contents: 'b' }];
      },
    };
    const out = await renderArtifacts([slow, fast], ctx, 'ep');
    expect(out.files.map((f) => f.path)).toEqual(['ep/slow.txt', 'ep/fast.txt']);
    expect(out.warnings.map((w) => w.message)).toEqual(['slow warns', 'fast warns']);
    expect(Object.keys(out.timings)).toEqual(['render:slow', 'render:fast']);
  });

  it('renders an artifact that reads all the others last, showing it their files and what was made before', async () => {
    const seen: string[] = [];
    const notes: EpisodeArtifact = {
      name: 'notes',
      description: '',
      render: () => [{ path: 'notes.md', contents: '' }],
    };
    const preview: EpisodeArtifact = {
      name: 'preview',
      description: '',
      after: 'all',
      render(c) {
        seen.push(...c.files!.map((f) => f.path));
        return [{ path: 'index.html', contents: '' }];
      },
    };
    const out = await renderArtifacts(
      [preview, notes],
      { ...ctx, files: [{ path: 'ep/card.png', contents: '' }] },
      'ep',
    );
    expect(seen).toEqual(['ep/card.png', 'ep/notes.md']);
    expect(out.files.map((f) => f.path)).toEqual(['ep/index.html', 'ep/notes.md']);
  });

  it('fails when an artifact throws', async () => {
    const broken: EpisodeArtifact = {
      name: 'broken',
      description: '',
      render: () => {
        throw new Error('template exploded');
      },
    };
    await expect(renderArtifacts([broken], ctx, 'ep')).rejects.toThrow('template exploded');
  });
});
