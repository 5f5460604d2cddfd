import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Warning } from '../../errors.js';
import { SANS_EXTRA, SERIF_EXTRA } from './fallback-fonts.js';
import type { FontFace } from './font-face.js';
import { unwrapWoff } from './woff.js';

export type { FontFace } from './font-face.js';

/** The CSS `font-family` lists templates use, and the faces behind them. */
export interface FontSet {
  faces: FontFace[];
  families: { sans: string; serif: string; body: string; heading: string };
}

const require = createRequire(import.meta.url);

/*
 * Each subset gets its own family name: satori picks a face by family and
 * weight, and when two subsets share one name it uses only the first, so
 * "Ł" (latin-ext) would render as a box. With distinct names satori falls
 * back along the family list glyph by glyph.
 */
const BUNDLED: {
  pkg: string;
  file: string;
  family: string;
  weights: FontFace['weight'][];
  styles: FontFace['style'][];
}[] = [
  { pkg: '@fontsource/inter', file: 'inter', family: 'Inter', weights: [400, 600, 700, 800], styles: ['normal'] },
  {
    pkg: '@fontsource/source-serif-4',
    file: 'source-serif-4',
    family: 'SourceSerif',
    weights: [400, 600],
    styles: ['normal', 'italic'],
  },
];
// Family names without spaces or quotes, so a template can place them in a
// style attribute through Handlebars' escaping unchanged. The other subsets
// (Cyrillic, Greek, Vietnamese) are loaded only for text that needs them
// (fallback-fonts.ts); until then satori skips their names.
const SANS = ['Inter', 'InterExt', ...SANS_EXTRA].join(', ');
const SERIF = ['SourceSerif', 'SourceSerifExt', ...SERIF_EXTRA].join(', ');

let bundled: FontFace[] | undefined;

/**
 * The bundled Inter and Source Serif 4 faces (latin and latin-ext), read once
 * per process.
 */
export function bundledFaces(): FontFace[] {
  bundled ??= BUNDLED.flatMap((font) => {
    const dir = path.join(path.dirname(require.resolve(`${font.pkg}/package.json`)), 'files');
    return ['latin', 'latin-ext'].flatMap((subset) =>
      font.weights.flatMap((weight) =>
        font.styles.map((style): FontFace => ({
          name: subset === 'latin' ? font.family : `${font.family}Ext`,
          data: unwrapWoff(
            new Uint8Array(readFileSync(path.join(dir, `${font.file}-${subset}-${weight}-${style}.woff`))),
          ),
          weight,
          style,
        })),
      ),
    );
  });
  return bundled;
}

/**
 * The bundled faces plus the brand's own font files. A brand file that is
 * missing or of a kind satori cannot read becomes a warning naming the file,
 * and the cards fall back to the bundled fonts.
 */
export async function loadFonts(
  brand: { body?: string[] | undefined; heading?: string[] | undefined },
  warn: (w: Warning) => void,
): Promise<FontSet> {
  const faces = [...bundledFaces()];
  const families = { sans: SANS, serif: SERIF, body: SANS, heading: SERIF };
  for (const role of ['body', 'heading'] as const) {
    const names: string[] = [];
    for (const file of brand[role] ?? []) {
      const face = await readBrandFace(file, role, warn);
      if (!face) continue;
      faces.push(face);
      if (!names.includes(face.name)) names.push(face.name);
    }
    if (names.length > 0) families[role] = `${names.join(', ')}, ${role === 'body' ? SANS : SERIF}`;
  }
  return { faces, families };
}

async function readBrandFace(
  file: string,
  role: 'body' | 'heading',
  warn: (w: Warning) => void,
): Promise<FontFace | undefined> {
  let data: Uint8Array;
  try {
    data = new Uint8Array(await readFile(file));
  } catch {
    warn({
      file,
      message: `brand font not found: cards use the bundled fonts instead (brand.fonts.${role})`,
      rule: 'cards/missing-font',
    });
    return undefined;
  }
  const kind = fontKind(data);
  if (kind !== 'ok') {
    warn({
      file,
      message: `unsupported font type ${kind}: expected a .woff, .ttf or .otf file (brand.fonts.${role}); cards use the bundled fonts instead`,
      rule: 'cards/bad-font',
    });
    return undefined;
  }
  const base = path.basename(file).replace(/\.[^.]+$/, '');
  const weight = Number(/(?:^|[-_ ])([1-9]00)(?=[-_ ]|$)/.exec(base)?.[1] ?? 400) as FontFace['weight'];
  const style = /italic/i.test(base) ? 'italic' : 'normal';
  // Files that differ only in weight or style are one family; anything else (another subset) gets its own name.
  const group = base.replace(/(?:^|[-_ ])(?:[1-9]00|normal|regular|italic|bold)(?=[-_ ]|$)/gi, '').toLowerCase();
  return { name: `Brand-${role}-${group.replace(/[^a-z0-9]+/g, '-')}`, data: unwrapWoff(data), weight, style };
}

function fontKind(data: Uint8Array): 'ok' | string {
  const tag = String.fromCharCode(...data.subarray(0, 4));
  if (
    tag === 'wOFF' ||
    tag === 'OTTO' ||
    tag === 'true' ||
    (data[0] === 0 && data[1] === 1 && data[2] === 0 && data[3] === 0)
  )
    return 'ok';
  if (tag === 'wOF2') return '(WOFF2)';
  return '(not a font file)';
}
