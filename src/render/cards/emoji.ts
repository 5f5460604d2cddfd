import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/*
 * Emoji are drawn as Twemoji's colour SVGs (the `@twemoji/svg` package,
 * graphics CC-BY 4.0), given to satori as images for their graphemes: a
 * font's emoji would be monochrome outlines, and satori keeps a space after
 * an emoji in the emoji font's wide space. satori draws each image one em
 * square, which is also how the fit measures it.
 */

const require = createRequire(import.meta.url);
const EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u20E3]/u;
// Drawn as emoji: what shows as emoji by default, or asks to with U+FE0F or a keycap; "™" alone stays text.
const PRESENTATION = /\p{Emoji_Presentation}|\uFE0F|\u20E3/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

let dir: string | undefined;
const images = new Map<string, string | undefined>();

/** Twemoji's file name for a grapheme: its code points in hex, without U+FE0F unless it joins a sequence. */
export function emojiFileName(grapheme: string): string {
  const text = grapheme.includes('\u200D') ? grapheme : grapheme.replace(/\uFE0F/g, '');
  return [...text].map((c) => c.codePointAt(0)!.toString(16)).join('-');
}

/** The data URI of a grapheme's emoji image, or undefined when it is no emoji Twemoji draws. */
function emojiImage(grapheme: string): string | undefined {
  if (images.has(grapheme)) return images.get(grapheme);
  let src: string | undefined;
  if (PRESENTATION.test(grapheme)) {
    dir ??= path.dirname(require.resolve('@twemoji/svg/package.json'));
    const names = [emojiFileName(grapheme), emojiFileName(grapheme.replace(/\uFE0F/g, ''))];
    const file = names.map((n) => path.join(dir!, `${n}.svg`)).find((f) => existsSync(f));
    if (file) src = `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`;
  }
  images.set(grapheme, src);
  return src;
}

/**
 * The emoji among the texts' graphemes, each with its image as a data URI,
 * for satori's `graphemeImages`. Empty for text without emoji, so such
 * cards are drawn exactly as before.
 */
export function emojiImages(texts: readonly string[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const text of texts) {
    if (!EMOJI.test(text)) continue;
    for (const { segment } of segmenter.segment(text)) {
      const src = emojiImage(segment);
      if (src) found[segment] = src;
    }
  }
  return found;
}
