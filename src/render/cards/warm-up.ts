import type { FontFace } from './fonts.js';
import { loadSatori } from './engines.js';
import { rasterise } from './render-card.js';

/**
 * Load satori and sharp and run each once on a small card in every bundled
 * family. The first layout parses the fonts and compiles satori's
 * WebAssembly; the first rasterising starts libvips. Paid while the worker
 * would otherwise wait for its first job, it makes that job as fast as the
 * rest.
 */
export async function warmUp(faces: FontFace[]): Promise<void> {
  const satori = await loadSatori();
  const families = [...new Set(faces.map((f) => f.name))].join(', ');
  const line = (fontWeight: number, fontStyle: string) => ({ type: 'div', props: { style: { display: 'flex', fontWeight, fontStyle }, children: '“Warm-up: Łukasz’s quote card.”' } });
  const element = {
    type: 'div',
    props: { style: { display: 'flex', flexDirection: 'column', width: 480, height: 240, fontFamily: families, fontSize: 28 }, children: [line(400, 'normal'), line(700, 'normal'), line(400, 'italic')] },
  };
  const svg = await satori(element as never, { width: 480, height: 240, fonts: faces as never });
  await rasterise(svg);
}
