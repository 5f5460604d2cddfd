import Handlebars from 'handlebars';
import { html } from 'satori-html';

/** A satori element: what `satori-html` returns and `satori` takes. */
export interface CardElement {
  type: string;
  props: { children?: string | CardElement | (CardElement | string | null)[] | null; [prop: string]: unknown };
}

const compiled = new Map<string, Handlebars.TemplateDelegate>();
const OPTIONS = { strict: false, noEscape: false };

/**
 * Fill a card template (Handlebars producing HTML with inline styles) and
 * turn it into a satori element. Compiled templates are cached by source.
 */
export function cardElement(source: string, context: object, images: Record<string, string> = {}): CardElement {
  let template = compiled.get(source);
  if (!template) {
    template = Handlebars.compile(source, OPTIONS);
    compiled.set(source, template);
  }
  const markup = template(context).trim();
  return withImages(withDirection(decodeText(html(asTemplate(markup)) as CardElement)), images);
}

/**
 * The markup as a tagged template's strings, which is what `html` takes:
 * given a plain string, ultrahtml's `html` walks it as a template of one
 * part per character, growing a copy of the markup character by character
 * (quadratic: some 80 MB of garbage for a seed build's cards, and 2–3 ms a
 * card). One part holding the whole markup gives the same element.
 */
function asTemplate(markup: string): TemplateStringsArray {
  return Object.assign([markup], { raw: [markup] });
}

/**
 * Templates see short `src` keys ("image:logo"); the data URIs go in only
 * now. Parsing the markup costs time in proportion to its length, and a
 * photo's data URI is tens of kilobytes: through the parser it made every
 * layout much slower.
 */
function withImages(node: CardElement, images: Record<string, string>): CardElement {
  const src = node.props.src;
  if (typeof src === 'string' && src in images) node.props.src = images[src];
  const children = node.props.children;
  for (const child of Array.isArray(children) ? children : [children])
    if (child && typeof child === 'object') withImages(child, images);
  return node;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

/**
 * satori-html leaves entities as they are, so Handlebars' escaping of
 * `&`, `<`, quotes and `=` would show up literally on the card: decode text
 * nodes (named basics and numeric references).
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Text as drawn: entities decoded and composed (NFC), so a letter typed as
 * base plus combining mark ("e" + U+0301) is drawn with the font's own "é";
 * satori takes a whole grapheme from the font that has its first character.
 */
function drawnText(text: string): string {
  return decodeEntities(text).normalize('NFC');
}

function decodeText(node: CardElement): CardElement {
  const children = node.props.children;
  if (typeof children === 'string') {
    node.props.children = drawnText(children);
  } else if (Array.isArray(children)) {
    node.props.children = children.map((c) => (typeof c === 'string' ? drawnText(c) : c && decodeText(c)));
  } else if (children) {
    decodeText(children);
  }
  for (const [key, value] of Object.entries(node.props)) {
    if (key !== 'children' && typeof value === 'string') node.props[key] = decodeEntities(value);
    if (key === 'style' && value && typeof value === 'object') {
      for (const [name, v] of Object.entries(value))
        if (typeof v === 'string') (value as Record<string, string>)[name] = decodeEntities(v);
    }
  }
  return node;
}

const STRONG = /[\p{L}\u200E\u200F\u061C]/u;
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200F\u061C\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/** The text's direction by its first strong character (rule P2 of the bidi algorithm). */
export function textDirection(text: string): 'ltr' | 'rtl' {
  for (const c of text) if (STRONG.test(c)) return RTL.test(c) ? 'rtl' : 'ltr';
  return 'ltr';
}

/**
 * A quote in a right-to-left script (Arabic, Hebrew) is set right to left:
 * the `data-fit` box around it (or the quote itself) gets `direction: rtl`,
 * so lines start at the right and everything in the box lines up there,
 * whatever the design. A direction the design sets itself is kept.
 */
function withDirection(root: CardElement): CardElement {
  const fit = findNode(root, 'data-fit');
  const quote = findNode(fit ?? root, 'data-quote');
  if (!quote || textDirection(textOf(quote)) !== 'rtl') return root;
  const target = fit ?? quote;
  const style = (target.props.style ?? {}) as Record<string, unknown>;
  if (style.direction === undefined && target.props.dir === undefined)
    target.props.style = { ...style, direction: 'rtl' };
  return root;
}

function findNode(node: CardElement, marker: string): CardElement | undefined {
  if (marker in node.props) return node;
  const children = node.props.children;
  for (const child of Array.isArray(children) ? children : [children]) {
    if (child && typeof child === 'object') {
      const found = findNode(child, marker);
      if (found) return found;
    }
  }
  return undefined;
}

function textOf(node: CardElement): string {
  const children = node.props.children;
  return (Array.isArray(children) ? children : [children])
    .map((c) => (typeof c === 'string' ? c : c && typeof c === 'object' ? textOf(c) : ''))
    .join('');
}
