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
  return withImages(decodeText(html(markup) as CardElement), images);
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

function decodeText(node: CardElement): CardElement {
  const children = node.props.children;
  if (typeof children === 'string') {
    node.props.children = decodeEntities(children);
  } else if (Array.isArray(children)) {
    node.props.children = children.map((c) => (typeof c === 'string' ? decodeEntities(c) : c && decodeText(c)));
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
