import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Warning } from '../../errors.js';
import { BUILTIN_TEMPLATE_DIR } from '../../paths.js';

/** Built-in card designs: `templates/cards/<name>.hbs` in the package. */
const BUILTIN_CARD_DIR = path.join(BUILTIN_TEMPLATE_DIR, 'cards');
const FALLBACK = 'bold';

/**
 * The source of the card design `design`: a path to a `.hbs` file, or a name
 * looked up in the user's templates folder (`<templates>/cards/<name>.hbs`)
 * and then among the built-in designs. A design that cannot be found is a
 * warning naming the file, and the cards use the built-in "bold" design.
 */
export function loadDesign(
  design: string,
  userDir: string | undefined,
  warn: (w: Warning) => void,
): { name: string; file: string; source: string } {
  const candidates = design.endsWith('.hbs')
    ? [path.resolve(design)]
    : [
        ...(userDir ? [path.resolve(userDir, 'cards', `${design}.hbs`)] : []),
        path.join(BUILTIN_CARD_DIR, `${design}.hbs`),
      ];
  const file = candidates.find((c) => existsSync(c));
  if (file) return { name: design, file, source: readFileSync(file, 'utf8') };
  warn({
    file: candidates[0],
    message: `card design "${design}" not found: cards use the built-in "${FALLBACK}" design (cards.design)`,
    rule: 'cards/missing-design',
  });
  const fallback = path.join(BUILTIN_CARD_DIR, `${FALLBACK}.hbs`);
  return { name: FALLBACK, file: fallback, source: readFileSync(fallback, 'utf8') };
}
