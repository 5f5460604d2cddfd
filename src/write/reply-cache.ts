import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The language model's replies, one file per request hash under the cache
 * folder (`out/.castwright-cache/llm/` by default): a rebuild with nothing
 * changed reads them back instead of asking again. Written whole or not at
 * all (a temporary file renamed into place).
 */

/** The cached reply for `hash`, or undefined when there is none (or no cache folder). */
export async function readReply(cacheDir: string | undefined, hash: string): Promise<string | undefined> {
  if (!cacheDir) return undefined;
  try {
    return (JSON.parse(await readFile(path.join(cacheDir, `${hash}.json`), 'utf8')) as { content: string }).content;
  } catch {
    return undefined;
  }
}

/** Keep a reply (with the model that wrote it, for people reading the cache). */
export async function writeReply(
  cacheDir: string | undefined,
  hash: string,
  model: string,
  content: string,
): Promise<void> {
  if (!cacheDir) return;
  await mkdir(cacheDir, { recursive: true });
  const file = path.join(cacheDir, `${hash}.json`);
  await writeFile(`${file}.tmp`, `${JSON.stringify({ model, content })}\n`);
  await rename(`${file}.tmp`, file);
}
