import type { CardPreset } from '../../config/schema.js';

/** A rectangle in card pixels. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PresetSize {
  name: CardPreset;
  width: number;
  height: number;
  /**
   * Where text may go. Stories keep the top and bottom 15% free because the
   * apps draw the profile row and the reply box there; other presets keep a
   * margin of 6% of the short side so nothing touches the edge when a
   * platform rounds the corners or crops slightly.
   */
  safe: Rect;
  /** Characters a quote may keep before it is trimmed: the smaller the card's text box, the fewer. */
  maxChars: number;
  /** Quote font sizes the fit may choose from, in pixels. */
  fontRange: { min: number; max: number };
}

// Largest quote size as a share of the short side: a story is read at arm's
// length on a phone held upright, so a short quote may grow larger there.
const SIZES: Record<CardPreset, { width: number; height: number; maxChars: number; maxFont: number }> = {
  square: { width: 1080, height: 1080, maxChars: 220, maxFont: 0.085 },
  portrait: { width: 1080, height: 1350, maxChars: 260, maxFont: 0.09 },
  story: { width: 1080, height: 1920, maxChars: 260, maxFont: 0.1 },
  landscape: { width: 1200, height: 675, maxChars: 170, maxFont: 0.09 },
};

/** Size, safe area and text budget of a preset. */
export function presetSize(name: CardPreset): PresetSize {
  const { width, height, maxChars, maxFont } = SIZES[name];
  const short = Math.min(width, height);
  const margin = Math.round(short * 0.06);
  const vertical = name === 'story' ? Math.round(height * 0.15) : margin;
  return {
    name,
    width,
    height,
    maxChars,
    safe: { left: margin, top: vertical, right: width - margin, bottom: height - vertical },
    fontRange: { min: Math.round(short * 0.03), max: Math.round(short * maxFont) },
  };
}
