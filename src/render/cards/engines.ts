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

/** sharp, loaded once. */
export function loadSharp(): Promise<typeof sharpType> {
  sharpModule ??= import('sharp').then((m) => m.default);
  return sharpModule;
}
