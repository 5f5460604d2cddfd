import { describe, expect, it } from 'vitest';
import { renderArtifacts } from '../../src/render/run-artifacts.js';
import type { EpisodeArtifact, EpisodeContext } from '../../src/render/types.js';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ctx = { episode: {}, warn: () => undefined, files: [], warnings: [] } as unknown as EpisodeContext;

describe('rendering artifacts', () => {
  it('joins files and warnings in the given order, whichever finishes first', async () => {
    const finished: string[] = [];
    const slow: EpisodeArtifact = {
      name: 'slow',
      description: '',
      async render(c) {
        await later(30);
        c.warn({ message: 'slow warns' });
        finished.push('slow');
        return [{ path: 'slow.txt', contents: 'a' }];
      },
    };
    const fast: EpisodeArtifact = {
      name: 'fast',
      description: '',
      render(c) {
        c.warn({ message: 'fast warns' });
        finished.push('fast');
        return [{ path: 'fast.txt', contents: 'b' }];
      },
    };
    const out = await renderArtifacts([slow, fast], ctx, 'ep');
    expect(finished).toEqual(['fast', 'slow']);
    expect(out.files.map((f) => f.path)).toEqual(['ep/slow.txt', 'ep/fast.txt']);
    expect(out.warnings.map((w) => w.message)).toEqual(['slow warns', 'fast warns']);
    expect(Object.keys(out.timings)).toEqual(['render:slow', 'render:fast']);
  });

  it('starts an artifact only once those it reads are done, and shows it their files', async () => {
    const order: string[] = [];
    const cards: EpisodeArtifact = {
      name: 'cards',
      description: '',
      async render() {
        order.push('cards start');
        await later(20);
        order.push('cards end');
        return [{ path: 'card.png', contents: 'png' }];
      },
    };
    const notes: EpisodeArtifact = { name: 'notes', description: '', render: () => (order.push('notes'), []) };
    const social: EpisodeArtifact = {
      name: 'social',
      description: '',
      after: ['cards'],
      render(c) {
        order.push(`social sees ${c.files!.map((f) => f.path).join(',')}`);
        return [];
      },
    };
    const preview: EpisodeArtifact = {
      name: 'preview',
      description: '',
      after: 'all',
      render(c) {
        order.push(`preview sees ${c.files!.map((f) => f.path).join(',')}`);
        return [{ path: 'index.html', contents: '' }];
      },
    };
    const out = await renderArtifacts([preview, cards, social, notes], ctx, 'ep');
    // notes renders while the cards are still in progress; preview comes last whatever its place.
    expect(order).toEqual(['cards start', 'notes', 'cards end', 'social sees ep/card.png', 'preview sees ep/card.png']);
    expect(out.files.map((f) => f.path)).toEqual(['ep/index.html', 'ep/card.png']);
  });

  it('fails when an artifact throws, after the others have settled', async () => {
    let settled = false;
    const broken: EpisodeArtifact = {
      name: 'broken',
      description: '',
      render: () => {
        throw new Error('template exploded');
      },
    };
    const slow: EpisodeArtifact = {
      name: 'slow',
      description: '',
      async render() {
        await later(20);
        settled = true;
        return [];
      },
    };
    await expect(renderArtifacts([broken, slow], ctx, 'ep')).rejects.toThrow('template exploded');
    expect(settled).toBe(true);
  });

  it('prepares an artifact before it waits for those it reads', async () => {
    const order: string[] = [];
    const cards: EpisodeArtifact = {
      name: 'cards',
      description: '',
      async render() {
        await later(20);
        order.push('cards done');
        return [];
      },
    };
    const notes: EpisodeArtifact = {
      name: 'notes',
      description: '',
      after: ['cards'],
      prepare() {
        order.push('notes prepared');
      },
      render() {
        order.push('notes rendered');
        return [];
      },
    };
    await renderArtifacts([cards, notes], ctx, 'ep');
    expect(order).toEqual(['notes prepared', 'cards done', 'notes rendered']);
  });
});

