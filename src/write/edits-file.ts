import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { TEMP, tempName } from './temp-names.js';

/**
 * Write a producer's edits file (from the preview's review page), or remove
 * it when `contents` is undefined (undoing the change that created it). The
 * text goes to a temporary file beside the target and is renamed over it,
 * so a reader (a build, an editor, another tab) sees the old file or the
 * new one, never half of one.
 */
export async function writeEditsFile(target: string, contents: string | undefined): Promise<void> {
  if (contents === undefined) return rm(target, { force: true });
  const temp = path.join(path.dirname(target), tempName(TEMP, path.basename(target)));
  try {
    await writeFile(temp, contents);
    await rename(temp, target);
  } finally {
    await rm(temp, { force: true });
  }
}
