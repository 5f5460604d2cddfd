import { CastwrightError, lineColumn } from '../errors.js';

/**
 * Decode transcript bytes: UTF-8 (with or without BOM) and UTF-16 with a BOM.
 * Anything else is refused with the position of the first bad byte rather
 * than decoded into mojibake. Empty and whitespace-only files are refused.
 */
export function decodeTranscript(bytes: Uint8Array, file: string): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decode('utf-16le', bytes.subarray(2), file);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decode('utf-16be', bytes.subarray(2), file);
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) text = decode('utf-8', bytes.subarray(3), file);
  else text = decode('utf-8', bytes, file);

  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    const { line, column } = lineColumn(text, nul);
    throw new CastwrightError('binary data (a NUL character): expected a text transcript', { file, line, column });
  }
  if (text.trim() === '') throw new CastwrightError('the transcript is empty: expected text', { file });
  // One line-ending convention keeps offsets and line numbers simple.
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function decode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (cause) {
    const at = firstInvalidUtf8(bytes);
    const prefix = at === undefined ? '' : new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const where = at === undefined ? {} : lineColumn(prefix, prefix.length);
    const byte = at === undefined ? '' : ` (byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at offset ${at})`;
    throw new CastwrightError(`not valid ${encoding.toUpperCase()}${byte}: save the transcript as UTF-8`, {
      file,
      ...where,
      cause,
    });
  }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (size === 0) return i;
    for (let k = 1; k < size; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += size;
  }
  return undefined;
}
