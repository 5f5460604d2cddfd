import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { prepareCards } from '../../src/render/cards/index.js';
import { layoutCard } from '../../src/render/cards/render-card.js';
import { paintGradientsDirectly } from '../../src/render/cards/svg.js';
import { cardContext, QUOTES } from './helpers.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/cards');

/** A card of a built-in design as satori draws it, with logo and guest photo. */
async function cardSvg(design: string): Promise<string> {
  const { ctx } = cardContext([{ text: QUOTES.guest }], {
    cards: { design, count: 1, presets: ['square'] },
    brand: { logo: path.join(fixtures, 'logo.svg') },
    people: { hosts: [], guests: [{ name: 'Łukasz Kaiser', title: 'Research scientist, OpenAI', img: path.join(fixtures, 'photo.jpg') }] },
  });
  const prepared = await prepareCards(ctx);
  const { job } = prepared.jobs[0]!;
  return (await layoutCard(job, prepared.faces, job.texts[0]!, 56)).svg;
}

/** satori's drawing of one box (no text, so no fonts needed) on a 440×340 canvas. */
function boxSvg(style: Record<string, unknown>, children?: unknown): Promise<string> {
  const node = { type: 'div', props: { style: { display: 'flex', width: 400, height: 300, ...style }, children } };
  return satori(node as never, { width: 440, height: 340, fonts: [] });
}

/** The largest difference in any channel of any pixel between two SVGs as sharp rasterises them. */
async function maxChannelDifference(a: string, b: string): Promise<number> {
  const [x, y] = await Promise.all([a, b].map((svg) => sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer()));
  expect(x!.length).toBe(y!.length);
  let max = 0;
  for (let i = 0; i < x!.length; i++) max = Math.max(max, Math.abs(x![i]! - y![i]!));
  return max;
}

/** Boxes filled through a satori pattern. */
const patternFills = (svg: string) => svg.match(/<rect [^>]*fill="url\(#satori_pattern_[^"]*\)"/g) ?? [];

describe('gradient backgrounds painted without pattern tiles', () => {
  it('bold: the card background is filled with its gradient directly, with the same pixels', async () => {
    const svg = await cardSvg('bold');
    expect(patternFills(svg)).toHaveLength(1);
    const out = paintGradientsDirectly(svg);
    expect(patternFills(out)).toEqual([]);
    expect(out).toMatch(/<rect x="0" y="0" width="1080" height="1080" fill="url\(#satori_biid-[^"]*\)"\/>/);
    // The logo and photo are drawn as they were.
    expect(out.match(/<image /g)?.length).toBe(svg.match(/<image /g)?.length);
    // Measured: identical pixels (difference 0) with librsvg 2.63 in sharp 0.35.
    expect(await maxChannelDifference(svg, out)).toBeLessThanOrEqual(2);
  });

  it('editorial: no gradient, nothing to change', async () => {
    const svg = await cardSvg('editorial');
    expect(svg).not.toContain('<pattern');
    expect(paintGradientsDirectly(svg)).toBe(svg);
  });

  for (const [name, style] of [
    ['a radial gradient on a box at the origin', { backgroundImage: 'radial-gradient(circle at 30% 40%, #f59e0b 0%, #101828 70%)' }],
    ['a repeating linear gradient', { backgroundImage: 'repeating-linear-gradient(45deg, red 0px, blue 40px)' }],
    ['two gradient layers', { backgroundImage: 'linear-gradient(to right, red, transparent), linear-gradient(to bottom, blue, green)' }],
    ['a gradient mask', { backgroundColor: 'red', maskImage: 'linear-gradient(to bottom, black, transparent)' }],
  ] as const) {
    it(`rewrites ${name}, with the same pixels`, async () => {
      const svg = await boxSvg(style);
      const out = paintGradientsDirectly(svg);
      expect(patternFills(svg).length).toBeGreaterThan(0);
      expect(patternFills(out)).toEqual([]);
      expect(await maxChannelDifference(svg, out)).toBeLessThanOrEqual(2);
    });
  }

  it('rewrites a linear gradient on an inner box, whose gradient is placed by the box', async () => {
    const svg = await boxSvg({ padding: 20 }, [{ type: 'div', props: { style: { display: 'flex', width: 200, height: 100, backgroundImage: 'linear-gradient(90deg, red, blue)' } } }]);
    const out = paintGradientsDirectly(svg);
    expect(patternFills(out)).toEqual([]);
    expect(await maxChannelDifference(svg, out)).toBeLessThanOrEqual(2);
  });

  const image = async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#f59e0b' } }).png().toBuffer();
    return `url(data:image/png;base64,${png.toString('base64')})`;
  };
  for (const [name, make] of [
    ['a tile smaller than the box (background-size)', () => boxSvg({ backgroundImage: 'linear-gradient(45deg, red, blue)', backgroundSize: '100px 100px' })],
    ['a tile offset by a border', () => boxSvg({ border: '10px solid black', backgroundImage: 'linear-gradient(45deg, red, blue)' })],
    ['an image background', async () => boxSvg({ backgroundImage: await image() })],
    ['a radial gradient on a box away from the origin (placed in the tile)', () =>
      boxSvg({ padding: 20 }, [{ type: 'div', props: { style: { display: 'flex', width: 200, height: 100, backgroundImage: 'radial-gradient(#f00, #00f)' } } }])],
    ['a rounded box (a path)', () => boxSvg({ borderRadius: 40, backgroundImage: 'linear-gradient(45deg, red, blue)' })],
    ['a repeating radial gradient (drawn as a circle)', () => boxSvg({ backgroundImage: 'repeating-radial-gradient(circle, red 0px, blue 40px)' })],
    ['a conic gradient', () => boxSvg({ backgroundImage: 'conic-gradient(red, blue)' })],
  ] as const) {
    it(`leaves ${name} as it was`, async () => {
      const svg = await make();
      expect(svg).toContain('<pattern');
      expect(paintGradientsDirectly(svg)).toBe(svg);
    });
  }

  it('leaves a box of another size than the gradient tile as it was', async () => {
    const svg = (await cardSvg('bold')).replace(/(<rect x="0" y="0" width=")1080(" height="1080" fill="url\(#satori_pattern_)/, '$1900$2');
    expect(svg).toContain('width="900" height="1080" fill="url(#satori_pattern_');
    expect(paintGradientsDirectly(svg)).toBe(svg);
  });
});
