import type satoriType from 'satori';
import type sharpType from 'sharp';
import { requireBundled } from '../../code-cache.js';

/*
 * satori and sharp take about half a second to load. A build's main thread
 * hands its cards to a card worker and never needs them, so they load on
 * first use only (esbuild keeps these dynamic imports lazy in the bundle).
 */

let satoriModule: Promise<typeof satoriType> | undefined;
let sharpModule: Promise<typeof sharpType> | undefined;

/**
 * satori: from the command line's bundle `dist/bin/satori.cjs` with its code
 * cache (`code-cache.ts`), else (tests, the library) the package.
 */
export function loadSatori(): Promise<typeof satoriType> {
  satoriModule ??= Promise.resolve().then(() => {
    const bundled = requireBundled('satori') as { default: typeof satoriType } | undefined;
    return bundled ? bundled.default : import('satori').then((m) => m.default);
  });
  return satoriModule;
}

export function loadSharp(): Promise<typeof sharpType> {
  sharpModule ??= import('sharp').then((m) => m.default);
  return sharpModule;
}
