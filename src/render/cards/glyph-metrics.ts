/**
 * Horizontal metrics of a TrueType/OpenType font, read straight from its
 * tables: which glyph a character maps to (`cmap`), how far each glyph
 * advances (`hmtx`) and the pair kerning satori's shaper applies (`GPOS`
 * pair adjustments). This is all the fit needs to predict where lines
 * break; reading a few tables takes well under a millisecond, where laying
 * a card out takes tens.
 */
export interface GlyphMetrics {
  unitsPerEm: number;
  /** Glyph index of a code point, 0 when the font has none. */
  glyph(codePoint: number): number;
  /** Advance width of a glyph in font units. */
  advance(glyph: number): number;
  /** Kerning between two glyphs in font units (negative: closer). */
  kerning(left: number, right: number): number;
}

type Tables = Map<string, DataView>;

/** Metrics of a font file; undefined when a table the fit needs is missing or unreadable. */
export function glyphMetrics(data: Uint8Array): GlyphMetrics | undefined {
  try {
    const tables = tableDirectory(data);
    const head = tables.get('head');
    const hhea = tables.get('hhea');
    const hmtx = tables.get('hmtx');
    const cmap = tables.get('cmap');
    if (!head || !hhea || !hmtx || !cmap) return undefined;
    const unitsPerEm = head.getUint16(18);
    const metricsCount = hhea.getUint16(34);
    const glyph = characterMap(cmap);
    if (!glyph || unitsPerEm === 0 || metricsCount === 0) return undefined;
    const advance = (g: number) => hmtx.getUint16(4 * Math.min(g, metricsCount - 1));
    const gpos = tables.get('GPOS');
    const kerning = (gpos && pairKerning(gpos)) || (() => 0);
    return { unitsPerEm, glyph, advance, kerning };
  } catch {
    // A truncated or odd font: the fit falls back to searching by layout alone.
    return undefined;
  }
}

function tableDirectory(data: Uint8Array): Tables {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const count = view.getUint16(4);
  const tables: Tables = new Map();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(record), view.getUint8(record + 1), view.getUint8(record + 2), view.getUint8(record + 3));
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length <= data.byteLength) tables.set(tag, new DataView(data.buffer, data.byteOffset + offset, length));
  }
  return tables;
}

/** The Unicode subtable of `cmap`: format 12 (full range) if present, else format 4 (BMP). */
function characterMap(cmap: DataView): ((codePoint: number) => number) | undefined {
  const count = cmap.getUint16(2);
  let best: { format: number; offset: number } | undefined;
  for (let i = 0; i < count; i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = cmap.getUint16(offset);
    if (format === 12 && best?.format !== 12) best = { format, offset };
    else if (format === 4 && !best) best = { format, offset };
  }
  if (!best) return undefined;
  const at = best.offset;
  if (best.format === 12) {
    const groups = cmap.getUint32(at + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const group = at + 16 + mid * 12;
        const start = cmap.getUint32(group);
        const end = cmap.getUint32(group + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return cmap.getUint32(group + 8) + cp - start;
      }
      return 0;
    };
  }
  const segments = cmap.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (cp > cmap.getUint16(ends + i * 2)) continue;
      const start = cmap.getUint16(starts + i * 2);
      if (cp < start) return 0;
      const delta = cmap.getUint16(deltas + i * 2);
      const rangeOffset = cmap.getUint16(rangeOffsets + i * 2);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const g = cmap.getUint16(rangeOffsets + i * 2 + rangeOffset + (cp - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
}

/**
 * Pair kerning from the lookups of GPOS `kern` features (pair adjustment,
 * formats 1 and 2, also behind extension lookups): the x-advance change of
 * the first glyph. Contextual kerning, rarer, is left out; the fit verifies
 * every size it picks, so a small miss costs a layout, not a wrong card.
 */
function pairKerning(gpos: DataView): ((left: number, right: number) => number) | undefined {
  const featureList = gpos.getUint16(6);
  const lookupList = gpos.getUint16(8);
  const lookupIndices = new Set<number>();
  const features = gpos.getUint16(featureList);
  for (let i = 0; i < features; i++) {
    const record = featureList + 2 + i * 6;
    const tag = String.fromCharCode(gpos.getUint8(record), gpos.getUint8(record + 1), gpos.getUint8(record + 2), gpos.getUint8(record + 3));
    if (tag !== 'kern') continue;
    const feature = featureList + gpos.getUint16(record + 4);
    const count = gpos.getUint16(feature + 2);
    for (let j = 0; j < count; j++) lookupIndices.add(gpos.getUint16(feature + 4 + j * 2));
  }
  const lookups: ((l: number, r: number) => number | undefined)[][] = [];
  for (const index of [...lookupIndices].sort((a, b) => a - b)) {
    const subtables: ((l: number, r: number) => number | undefined)[] = [];
    lookups.push(subtables);
    const lookup = lookupList + gpos.getUint16(lookupList + 2 + index * 2);
    let type = gpos.getUint16(lookup);
    const count = gpos.getUint16(lookup + 4);
    for (let j = 0; j < count; j++) {
      let subtable = lookup + gpos.getUint16(lookup + 6 + j * 2);
      if (type === 9) {
        type = gpos.getUint16(subtable + 2);
        subtable += gpos.getUint32(subtable + 4);
      }
      if (type === 2) subtables.push(pairSubtable(gpos, subtable));
      type = gpos.getUint16(lookup);
    }
  }
  if (!lookups.some((subtables) => subtables.length > 0)) return undefined;
  const cache = new Map<number, number>();
  return (left, right) => {
    const key = left * 65536 + right;
    let value = cache.get(key);
    if (value === undefined) {
      // As in shaping, every lookup of the feature applies in turn and their
      // adjustments add up; within a lookup the first subtable that covers
      // the pair decides.
      value = 0;
      for (const subtables of lookups) {
        for (const subtable of subtables) {
          const v = subtable(left, right);
          if (v !== undefined) {
            value += v;
            break;
          }
        }
      }
      cache.set(key, value);
    }
    return value;
  };
}

/** One pair-adjustment subtable: the kerning of a pair, or undefined when it does not cover the pair. */
function pairSubtable(gpos: DataView, at: number): (left: number, right: number) => number | undefined {
  const format = gpos.getUint16(at);
  const coverage = coverageIndex(gpos, at + gpos.getUint16(at + 2));
  const format1 = gpos.getUint16(at + 4);
  const format2 = gpos.getUint16(at + 6);
  const size1 = valueRecordSize(format1);
  const size2 = valueRecordSize(format2);
  // Offset of XAdvance within the first value record, if it has one.
  const xAdvance = format1 & 0x4 ? 2 * popCount(format1 & 0x3) : -1;
  if (format === 1) {
    return (left, right) => {
      const index = coverage(left);
      if (index < 0) return undefined;
      const set = at + gpos.getUint16(at + 10 + index * 2);
      const pairs = gpos.getUint16(set);
      const recordSize = 2 + size1 + size2;
      let lo = 0;
      let hi = pairs - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const record = set + 2 + mid * recordSize;
        const second = gpos.getUint16(record);
        if (right < second) hi = mid - 1;
        else if (right > second) lo = mid + 1;
        else return xAdvance < 0 ? 0 : gpos.getInt16(record + 2 + xAdvance);
      }
      return undefined;
    };
  }
  if (format === 2) {
    const class1 = classIndex(gpos, at + gpos.getUint16(at + 8));
    const class2 = classIndex(gpos, at + gpos.getUint16(at + 10));
    const class2Count = gpos.getUint16(at + 14);
    return (left, right) => {
      if (coverage(left) < 0) return undefined;
      const record = at + 16 + (class1(left) * class2Count + class2(right)) * (size1 + size2);
      return xAdvance < 0 ? 0 : gpos.getInt16(record + xAdvance);
    };
  }
  return () => undefined;
}

function valueRecordSize(format: number): number {
  return 2 * popCount(format & 0xff);
}

function popCount(n: number): number {
  let count = 0;
  for (let v = n; v; v &= v - 1) count++;
  return count;
}

function coverageIndex(view: DataView, at: number): (glyph: number) => number {
  const format = view.getUint16(at);
  const count = view.getUint16(at + 2);
  if (format === 1) {
    return (glyph) => {
      let lo = 0;
      let hi = count - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = view.getUint16(at + 4 + mid * 2);
        if (glyph < g) hi = mid - 1;
        else if (glyph > g) lo = mid + 1;
        else return mid;
      }
      return -1;
    };
  }
  return (glyph) => {
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const range = at + 4 + mid * 6;
      if (glyph < view.getUint16(range)) hi = mid - 1;
      else if (glyph > view.getUint16(range + 2)) lo = mid + 1;
      else return view.getUint16(range + 4) + glyph - view.getUint16(range);
    }
    return -1;
  };
}

function classIndex(view: DataView, at: number): (glyph: number) => number {
  const format = view.getUint16(at);
  if (format === 1) {
    const start = view.getUint16(at + 2);
    const count = view.getUint16(at + 4);
    return (glyph) => (glyph >= start && glyph < start + count ? view.getUint16(at + 6 + (glyph - start) * 2) : 0);
  }
  const count = view.getUint16(at + 2);
  return (glyph) => {
    let lo = 0;
    let hi = count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const range = at + 4 + mid * 6;
      if (glyph < view.getUint16(range)) hi = mid - 1;
      else if (glyph > view.getUint16(range + 2)) lo = mid + 1;
      else return view.getUint16(range + 4);
    }
    return 0;
  };
}
