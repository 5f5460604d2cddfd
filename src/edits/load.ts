import { readFile } from 'node:fs/promises';
import { CastwrightError } from '../errors.js';
import type { Edits } from './types.js';

/**
 * Read an edits file; `undefined` when there is none (no edits is normal).
 * Throws a `CastwrightError` naming `file:line` when the file cannot be used.
 * The YAML parser loads only for a file that exists: most episodes have
 * none, and a build then never compiles it.
 */
export async function loadEdits(file: string): Promise<Edits | undefined> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CastwrightError('cannot read the edits file', { file, cause: error });
  }
  const { parseEdits } = await import('./parse.js');
  return parseEdits(source, file);
}
