import type { FontFace } from './fonts.js';
import { loadSatori } from './engines.js';

/**
 * Load satori and lay out a small card in every bundled family: the first
 * layout parses the fonts and compiles satori's WebAssembly. Paid while the
 * worker would otherwise wait for its first job, it makes that job as fast
 * as the rest.
 */
export async function warmUp(faces: FontFace[]): Promise<void> {
  const satori = await loadSatori();
  // Loading satori took a while: a message that came meanwhile (a tagging request) goes first.
  await new Promise((resolve) => setImmediate(resolve));
  const families = [...new Set(faces.map((f) => f.name))].join(', ');
  const line = (fontWeight: number, fontStyle: string) => ({ type: 'div', props: { style: { display: 'flex', fontWeight, fontStyle }, children: '“Warm-up: Łukasz’s quote card.”' } });
  const element = {
    type: 'div',
    props: { style: { display: 'flex', flexDirection: 'column', width: 480, height: 240, fontFamily: families, fontSize: 28 }, children: [line(400, 'normal'), line(700, 'normal'), line(400, 'italic')] },
  };
  await satori(element as never, { width: 480, height: 240, fonts: faces as never });
}
