import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CastwrightError } from '../../src/errors.js';
import { audioDuration } from '../../src/parse/audio-duration.js';
import { buildInMemory, seed } from '../helpers/build.js';

/** A silent 8-bit mono PCM WAV file of the given length: the smallest real audio file to write. */
function writeWav(file: string, seconds: number, rate: number): string {
  const dataBytes = Math.round(seconds * rate);
  const b = Buffer.alloc(44 + dataBytes, 0x80);
  b.write('RIFF', 0);
  b.writeUInt32LE(36 + dataBytes, 4);
  b.write('WAVEfmt ', 8);
  b.writeUInt32LE(16, 16);
  b.writeUInt16LE(1, 20);
  b.writeUInt16LE(1, 22);
  b.writeUInt32LE(rate, 24);
  b.writeUInt32LE(rate, 28);
  b.writeUInt16LE(1, 32);
  b.writeUInt16LE(8, 34);
  b.write('data', 36);
  b.writeUInt32LE(dataBytes, 40);
  writeFileSync(file, b);
  return file;
}

const dir = mkdtempSync(path.join(tmpdir(), 'castwright-audio-'));
const episodeKey = path.basename(seed);

describe('duration from a local audio file', () => {
  it('reads the length from the audio header', async () => {
    expect(await audioDuration(writeWav(path.join(dir, 'short.wav'), 2.5, 8000))).toBe(2.5);
  });

  it('names the file when it is missing', async () => {
    const missing = path.join(dir, 'missing.mp3');
    await expect(audioDuration(missing)).rejects.toThrow(CastwrightError);
    await expect(audioDuration(missing)).rejects.toMatchObject({
      file: missing,
      message: expect.stringMatching(/^no such audio file/),
    });
  });

  it('places an untimed transcript on the audio clock, and the config duration wins over it', async () => {
    const file = writeWav(path.join(dir, 'episode.wav'), 3725.5, 100);
    const fromAudio = await buildInMemory([seed], { episodes: { [episodeKey]: { audio: { file } } } } as never, [
      'episode',
    ]);
    expect(fromAudio.episodes[0]!.episode).toMatchObject({ duration: 3725.5, timing: 'estimated' });
    const fromConfig = await buildInMemory(
      [seed],
      { episodes: { [episodeKey]: { audio: { file }, duration: '1:00:00' } } } as never,
      ['episode'],
    );
    expect(fromConfig.episodes[0]!.episode).toMatchObject({ duration: 3600, timing: 'estimated' });
  });
});
