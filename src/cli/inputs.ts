import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { CastwrightError } from '../errors.js';

/** Files beside transcripts that are not transcripts (edits, notes, audio). */
const NOT_TRANSCRIPT = /(?:\.edits\.ya?ml|\.md\.bak|\.(?:mp3|m4a|wav|flac|ogg|png|jpe?g|gif|webp|DS_Store))$/i;

/**
 * Expand the command line's paths: a folder means every transcript in it
 * (sorted, so builds are deterministic); no paths means `seeds/`.
 */
export async function resolveInputs(paths: readonly string[], defaultDir = 'seeds'): Promise<string[]> {
  const wanted = paths.length > 0 ? paths : [defaultDir];
  const out: string[] = [];
  for (const p of wanted) {
    let info;
    try {
      info = await stat(p);
    } catch {
      // Missing files are reported per episode by the build, with the others still built.
      if (paths.length === 0) throw new CastwrightError('no transcripts: expected a seeds/ folder or file paths', { file: p });
      out.push(p);
      continue;
    }
    if (!info.isDirectory()) {
      out.push(p);
      continue;
    }
    const entries = (await readdir(p, { withFileTypes: true }))
      .filter((e) => e.isFile() && !e.name.startsWith('.') && !NOT_TRANSCRIPT.test(e.name))
      .map((e) => path.join(p, e.name))
      .sort();
    if (entries.length === 0 && paths.length === 0) throw new CastwrightError('no transcripts found in the folder', { file: p });
    if (entries.length === 0) out.push(p);
    out.push(...entries);
  }
  return out;
}
