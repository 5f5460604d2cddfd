import type satoriType from 'satori';
import type sharpType from 'sharp';

/*
 * satori and sharp take about half a second to load. A build's main thread
 * hands its cards to a card worker and never needs them, so they load on
 * first use only (esbuild keeps these dynamic imports lazy in the bundle).
 */

let satoriModule: Promise<typeof satoriType> | undefined;
let sharpModule: Promise<typeof sharpType> | undefined;

export function loadSatori(): Promise<typeof satoriType> {
  satoriModule ??= import('satori').then((m) => m.default);
  return satoriModule;
}

export function loadSharp(): Promise<typeof sharpType> {
  sharpModule ??= import('sharp').then((m) => m.default);
  return sharpModule;
}
