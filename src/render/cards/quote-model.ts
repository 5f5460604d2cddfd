import type { QuoteText } from './fit.js';
import type { FontFace } from './fonts.js';
import { quoteStyle } from './quote-style.js';
import { cardElement } from './template.js';
import { measureWords } from './text-measure.js';

/**
 * The quote as the fit predicts it: the template filled in with `text` (at
 * some font size: only the quote's style is read, nothing is laid out) and
 * the words of its `data-quote` element measured in the faces satori will
 * use (emoji images one em wide). Undefined when the template sets the quote in a way the fit does not
 * model; the search then goes by layouts alone.
 */
export function quoteModel(
  template: string,
  context: Record<string, unknown> & { quote: Record<string, unknown> },
  text: string,
  size: number,
  faces: readonly FontFace[],
  images: Readonly<Record<string, string>> = {},
): QuoteText | undefined {
  const element = cardElement(template, { ...context, quote: { ...context.quote, text, fontSize: size } });
  const style = quoteStyle(element, size);
  if (!style) return undefined;
  const words = measureWords(style, faces, images);
  if (!words || words.length === 0) return undefined;
  return { words, letterSpacing: style.letterSpacing, lineHeight: style.lineHeight };
}
