import { readFile } from 'node:fs/promises';
import { CastwrightError } from '../errors.js';

/**
 * The length in seconds of a local audio file, read from its header, to
 * place an untimed transcript on the clock. A VBR MP3 without a Xing/VBRI
 * header states no duration; then the frames are counted from a buffer,
 * because `parseFile` with `duration: true` is very slow on long files.
 * Returns undefined when the file holds no usable duration.
 */
export async function audioDuration(file: string): Promise<number | undefined> {
  try {
    // Loaded only when an episode names an audio file: most builds never need it.
    const { parseBuffer, parseFile } = await import('music-metadata');
    const fromHeader = (await parseFile(file, { duration: false, skipCovers: true })).format.duration;
    if (usable(fromHeader)) return round(fromHeader);
    const counted = (await parseBuffer(await readFile(file), undefined, { duration: true, skipCovers: true })).format
      .duration;
    return usable(counted) ? round(counted) : undefined;
  } catch (cause) {
    const reason =
      (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such audio file' : 'cannot read the audio file';
    throw new CastwrightError(`${reason} (episode audio.file): expected a local MP3, M4A, FLAC or WAV file`, {
      file,
      cause,
    });
  }
}

function usable(seconds: number | undefined): seconds is number {
  return seconds !== undefined && Number.isFinite(seconds) && seconds > 0;
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
