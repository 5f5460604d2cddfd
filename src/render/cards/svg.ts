/**
 * satori paints every CSS gradient background through a `<pattern>`: one
 * tile the size of the box (`x="0" y="0" width="1" height="1"`,
 * objectBoundingBox units) holding the gradient and a single `<rect>` that
 * fills the tile with it. librsvg draws a pattern tile to an offscreen
 * surface and then composites that surface onto the card: one extra
 * full-card pass, about 2% of the instructions of rasterising a bold card
 * (the gradient's own shading, which stays, is about 45%). Painting the box
 * with the gradient itself gives the same pixels:
 *
 * - a gradient in objectBoundingBox units (satori's linear gradients) maps
 *   to the bounding box of whatever it fills. Inside the pattern that is the
 *   inner rect, which covers the whole tile; the tile is the box's bounding
 *   box. So when the box and the inner rect have the same size, the gradient
 *   lands on the same pixels either way.
 * - a gradient in userSpaceOnUse units (satori's radial gradients) is placed
 *   in the tile's coordinates, whose origin is the box's top-left corner; it
 *   is the box's own coordinates only when the box starts at 0,0.
 *
 * Only `<rect>` boxes are rewritten: their bounding box is exactly their
 * x/y/width/height. Rounded boxes are paths whose bounds come from the
 * outline, and are left as they are.
 *
 * This is a string transform, not an XML round trip: satori writes its
 * markup itself in one fixed form (attributes always double-quoted and
 * escaped, so a value never holds `"` or `>`; elements without children
 * self-closed; attributes in a fixed order), and the expression below
 * matches that form exactly. Anything else (a tile smaller or offset as for
 * background-size or borders, an image or conic pattern, a repeating radial
 * gradient drawn as a circle, another satori version's wording) does not
 * match and stays as it was, so the worst case is the old speed. Parsing
 * and re-serialising a 150 kB card, most of it glyph paths, would cost more
 * than it saves (the search here takes 0.1–0.2 ms a card) and could change
 * what it does not understand.
 */

/**
 * A single-tile pattern holding one gradient and one rect filled with it, as
 * satori writes it; sticky, tried where a `<pattern ` starts.
 */
const GRADIENT_TILE =
  /<pattern id="([^"]+)" x="0" y="0" width="1" height="1" patternUnits="objectBoundingBox"><(linearGradient|radialGradient) id="([^"]+)"([^>]*)>(?:<stop [^>]*\/>)*<\/\2><rect x="0" y="0" width="([^"]+)" height="([^"]+)" fill="url\(#\3\)"\/><\/pattern>/y;

const ATTRIBUTE = /\s([^\s="]+)="([^"]*)"/g;

interface GradientTile {
  pattern: string;
  gradient: string;
  width: number;
  height: number;
  /** The gradient is placed in the tile's coordinates, so the box must start at 0,0. */
  atOrigin: boolean;
}

/**
 * Paint boxes that satori fills with a single-tile gradient pattern with
 * the gradient directly. The patterns stay defined (the gradients live in
 * them; ids are document-wide), so anything else referring to them still
 * works. Returns the SVG unchanged when nothing matches.
 */
export function paintGradientsDirectly(svg: string): string {
  // Found with indexOf rather than one expression over the whole document: a card is mostly glyph paths.
  const edits: { at: number; length: number; text: string }[] = [];
  for (const tile of gradientTiles(svg)) {
    const fill = ` fill="url(#${tile.pattern})"`;
    for (let at = svg.indexOf(fill); at !== -1; at = svg.indexOf(fill, at + fill.length)) {
      // Attribute values hold no < or > (satori escapes them), so these are the tag's ends.
      const tag = svg.slice(svg.lastIndexOf('<', at), svg.indexOf('>', at) + 1);
      if (paintsTile(tag, tile)) edits.push({ at, length: fill.length, text: ` fill="url(#${tile.gradient})"` });
    }
  }
  if (edits.length === 0) return svg;
  edits.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const edit of edits) {
    out += svg.slice(from, edit.at) + edit.text;
    from = edit.at + edit.length;
  }
  return out + svg.slice(from);
}

/** A `<rect>` whose box is the tile's: the gradient lands on the same pixels when painted on it directly. */
function paintsTile(tag: string, tile: GradientTile): boolean {
  if (!tag.startsWith('<rect ')) return false;
  const attrs = attributes(tag);
  if (number(attrs.get('width')) !== tile.width || number(attrs.get('height')) !== tile.height) return false;
  return !tile.atOrigin || (number(attrs.get('x') ?? '0') === 0 && number(attrs.get('y') ?? '0') === 0);
}

/** The recognised gradient patterns. */
function gradientTiles(svg: string): GradientTile[] {
  const tiles: GradientTile[] = [];
  for (let at = svg.indexOf('<pattern '); at !== -1; at = svg.indexOf('<pattern ', at + 1)) {
    GRADIENT_TILE.lastIndex = at;
    const match = GRADIENT_TILE.exec(svg);
    if (!match) continue;
    const [, pattern, , gradient, rest, width, height] = match;
    if (!pattern || !gradient || rest === undefined) continue;
    const attrs = attributes(rest);
    // A gradient that inherits from another (href) may inherit its units too: not worth following.
    if (attrs.has('href') || attrs.has('xlink:href')) continue;
    const units = attrs.get('gradientUnits') ?? 'objectBoundingBox';
    if (units !== 'objectBoundingBox' && units !== 'userSpaceOnUse') continue;
    const w = number(width);
    const h = number(height);
    if (Number.isNaN(w) || Number.isNaN(h)) continue;
    tiles.push({ pattern, gradient, width: w, height: h, atOrigin: units === 'userSpaceOnUse' });
  }
  return tiles;
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const [, name, value] of tag.matchAll(ATTRIBUTE)) if (name !== undefined && value !== undefined) attrs.set(name, value);
  return attrs;
}

/** An attribute's number; NaN when absent or not a plain number, so it never equals anything. */
function number(value: string | undefined): number {
  return value === undefined || value.trim() === '' ? Number.NaN : Number(value);
}
