import { readFile } from 'node:fs/promises';
import type { Warning } from '../../errors.js';
import { loadSharp } from './engines.js';

/** An image ready for a template: a PNG data URI and its size in pixels. */
export interface CardImage {
  src: string;
  width: number;
  height: number;
}

const KINDS: { kind: string; test: (b: Uint8Array, head: string) => boolean }[] = [
  { kind: 'png', test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { kind: 'jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { kind: 'webp', test: (_, h) => h.startsWith('RIFF') && h.slice(8, 12) === 'WEBP' },
  { kind: 'svg', test: (_, h) => /<svg[\s>]/i.test(h) },
];

/**
 * Read a logo or portrait and normalise it to a PNG of a bounded size: the
 * card then embeds a small image whatever the user supplied, which keeps
 * rendering fast and the output independent of the source encoder.
 * `fit: 'cover'` crops to a square (portraits); `'inside'` keeps the shape (logos).
 * Returns undefined, after a warning naming the file, when it is missing or
 * not PNG, JPEG, WebP or SVG.
 */
export async function loadImage(
  file: string,
  what: string,
  box: { size: number; fit: 'cover' | 'inside' },
  warn: (w: Warning) => void,
): Promise<CardImage | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    warn({ file, message: `${what} not found: cards are made without it`, rule: 'cards/missing-image' });
    return undefined;
  }
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  const kind = KINDS.find((k) => k.test(bytes, head))?.kind;
  if (!kind) {
    warn({
      file,
      message: `unsupported image type for the ${what}: expected PNG, JPEG, WebP or SVG; cards are made without it`,
      rule: 'cards/bad-image',
    });
    return undefined;
  }
  try {
    const sharp = await loadSharp();
    const { data, info } = await sharp(bytes, kind === 'svg' ? { density: 300 } : {})
      .resize({ width: box.size, height: box.size, fit: box.fit, withoutEnlargement: box.fit === 'inside' })
      .png()
      .toBuffer({ resolveWithObject: true });
    return { src: `data:image/png;base64,${data.toString('base64')}`, width: info.width, height: info.height };
  } catch (error) {
    warn({
      file,
      message: `cannot read the ${what} as ${kind.toUpperCase()} (${error instanceof Error ? error.message : String(error)}); cards are made without it`,
      rule: 'cards/bad-image',
    });
    return undefined;
  }
}
