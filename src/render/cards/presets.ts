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
}

const SIZES: Record<CardPreset, { width: number; height: number; maxChars: number }> = {
  square: { width: 1080, height: 1080, maxChars: 220 },
  portrait: { width: 1080, height: 1350, maxChars: 260 },
  story: { width: 1080, height: 1920, maxChars: 260 },
  landscape: { width: 1200, height: 675, maxChars: 170 },
};

/** Size, safe area and text budget of a preset. */
export function presetSize(name: CardPreset): PresetSize {
  const { width, height, maxChars } = SIZES[name];
  const margin = Math.round(Math.min(width, height) * 0.06);
  const vertical = name === 'story' ? Math.round(height * 0.15) : margin;
  return { name, width, height, maxChars, safe: { left: margin, top: vertical, right: width - margin, bottom: height - vertical } };
}
