import type { CardElement } from './template.js';

/**
 * How the template sets the quote: the text of its `data-quote` element and
 * the text styles that decide where its lines break, with CSS inheritance
 * resolved from the root down. Read from the element tree, before any
 * layout, so the fit can measure the quote's words itself.
 */
export interface QuoteStyle {
  /** The element's text as drawn (a template may add marks around the quote). */
  text: string;
  /** `font-family` list, lower case, in order. */
  families: string[];
  weight: number;
  italic: boolean;
  uppercase: boolean;
  /** Letter spacing: a share of the font size (`em`) plus pixels. */
  letterSpacing: { em: number; px: number };
  /** Line height: a share of the font size, or pixels. */
  lineHeight: { em: number } | { px: number };
}

/** Properties the quote inherits that change how wide its words are or how tall its lines. */
const INHERITED = [
  'fontFamily',
  'fontWeight',
  'fontStyle',
  'letterSpacing',
  'lineHeight',
  'textTransform',
  'fontSize',
] as const;

/**
 * The quote's style at the font size the element was filled in with, or
 * undefined when the template styles it in a way the fit does not model
 * (no `data-quote` element, text in child elements, a font size other than
 * the one the fit chose, `line-height: normal`): then the fit searches by
 * layout alone.
 */
export function quoteStyle(root: CardElement, fontSize: number): QuoteStyle | undefined {
  const found = findQuote(root, {});
  if (!found) return undefined;
  const { node, style } = found;
  const children = node.props.children;
  const text =
    typeof children === 'string'
      ? children
      : Array.isArray(children) && children.every((c) => typeof c === 'string')
        ? children.join('')
        : undefined;
  if (text === undefined) return undefined;
  if (px(style.fontSize) !== fontSize) return undefined;
  const lineHeight = parseLineHeight(style.lineHeight, fontSize);
  const letterSpacing = parseLength(style.letterSpacing ?? 'normal', fontSize);
  if (!lineHeight || !letterSpacing) return undefined;
  return {
    text,
    families: (style.fontFamily ?? '')
      .split(',')
      .map((f) =>
        f
          .trim()
          .replace(/^["']|["']$/g, '')
          .toLowerCase(),
      )
      .filter((f) => f !== ''),
    weight: parseWeight(style.fontWeight),
    italic: /italic|oblique/i.test(style.fontStyle ?? ''),
    uppercase: /uppercase/i.test(style.textTransform ?? ''),
    letterSpacing,
    lineHeight,
  };
}

type Inherited = Partial<Record<(typeof INHERITED)[number], string>>;

function findQuote(node: CardElement, inherited: Inherited): { node: CardElement; style: Inherited } | undefined {
  const own = node.props.style;
  const style: Inherited = { ...inherited };
  if (own && typeof own === 'object') {
    for (const key of INHERITED) {
      const value = (own as Record<string, unknown>)[key];
      if (value !== undefined && value !== null && value !== '') style[key] = String(value);
    }
  }
  if ('data-quote' in node.props) return { node, style };
  const children = node.props.children;
  for (const child of Array.isArray(children) ? children : [children]) {
    if (child && typeof child === 'object') {
      const found = findQuote(child, style);
      if (found) return found;
    }
  }
  return undefined;
}

function px(value: string | undefined): number | undefined {
  const match = /^\s*(-?[\d.]+)px\s*$/.exec(value ?? '');
  return match ? Number(match[1]) : undefined;
}

/** A length as a share of the font size plus pixels; `normal` is 0. */
function parseLength(value: string, fontSize: number): { em: number; px: number } | undefined {
  const v = value.trim();
  if (v === 'normal' || v === '0') return { em: 0, px: 0 };
  const match = /^(-?[\d.]+)(px|em|%)$/.exec(v);
  if (!match) return undefined;
  const n = Number(match[1]);
  if (!Number.isFinite(n) || fontSize <= 0) return undefined;
  if (match[2] === 'px') return { em: 0, px: n };
  return { em: match[2] === '%' ? n / 100 : n, px: 0 };
}

function parseLineHeight(value: string | undefined, fontSize: number): QuoteStyle['lineHeight'] | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^[\d.]+$/.test(v)) return { em: Number(v) };
  const length = parseLength(v, fontSize);
  if (!length || v === 'normal') return undefined;
  return length.px !== 0 ? { px: length.px } : { em: length.em };
}

/** A CSS `font-weight` as a number (400 when unset or unknown). */
export function parseWeight(value: string | undefined): number {
  if (value === undefined || value === 'normal') return 400;
  if (value === 'bold') return 700;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : 400;
}
