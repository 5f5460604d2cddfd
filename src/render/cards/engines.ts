import { createRequire } from 'node:module';
import type satoriType from 'satori';
import type sharpType from 'sharp';

/*
 * satori and sharp are large: they load on first use only, so a build that
 * makes no cards (or a command that makes none) never pays for them.
 */

let satoriModule: Promise<typeof satoriType> | undefined;
let sharpModule: Promise<typeof sharpType> | undefined;

/** satori, loaded once. */
export function loadSatori(): Promise<typeof satoriType> {
  satoriModule ??= import('satori').then((m) => m.default);
  return satoriModule;
}

/**
 * sharp, loaded once. It is a CommonJS package, required here rather than
 * imported: `import()` reads its files one event-loop turn at a time, which
 * left it loading until the card layouts, busy in this thread, were all
 * done; required, it is ready for the first card's rasterising.
 */
export function loadSharp(): Promise<typeof sharpType> {
  sharpModule ??= Promise.resolve(createRequire(import.meta.url)('sharp') as typeof sharpType);
  return sharpModule;
}
