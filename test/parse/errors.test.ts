import { describe, expect, it } from 'vitest';
import { CastwrightError } from '../../src/errors.js';
import { parse } from '../../src/parse/index.js';

const options = { people: { hosts: [], guests: [] }, wordsPerMinute: 150 };
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Parse and return the error it throws, failing when it does not throw. */
function errorOf(name: string, input: string | Uint8Array, format?: string): CastwrightError {
  try {
    parse(name, typeof input === 'string' ? utf8(input) : input, { ...options, ...(format ? { format } : {}) });
  } catch (error) {
    expect(error).toBeInstanceOf(CastwrightError);
    return error as CastwrightError;
  }
  throw new Error(`${name} parsed without an error`);
}

const SRT_OK = '1\n00:00:01,000 --> 00:00:02,000\nHello there.\n\n';

describe('bad input gives an error naming file, line and column', () => {
  it('reports a malformed SRT timestamp at its column', () => {
    const e = errorOf('ep.srt', `${SRT_OK}2\n00:00:02,000 --> 00:00:6x,000\nAnd again.\n`);
    expect(e.toString()).toBe('ep.srt:6:18: malformed timestamp "00:00:6x,000": expected hh:mm:ss,mmm');
  });

  it('reports minutes past 59 as malformed', () => {
    expect(errorOf('ep.srt', '1\n00:61:00,000 --> 00:62:00,000\nHi.\n').toString()).toMatch(
      /^ep\.srt:2:1: malformed timestamp "00:61:00,000"/,
    );
  });

  it('reports a cue that ends before it starts', () => {
    const e = errorOf('ep.vtt', 'WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nBackwards.\n');
    expect(e.toString()).toBe('ep.vtt:3:18: cue ends (00:00:04.000) before it starts (00:00:05.000)');
  });

  it('reports a VTT block that is not a cue', () => {
    expect(errorOf('ep.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHi.\n\nstray text\n').toString()).toMatch(
      /^ep\.vtt:6:1: expected a cue timing line/,
    );
  });

  it('reports a malformed inline word timestamp', () => {
    const e = errorOf(
      'yt.vtt',
      'WEBVTT\n\n00:00:01.000 --> 00:00:03.000 align:start position:0%\nhi<00:00:01.x><c> there</c>\n',
    );
    expect(e.toString()).toBe('yt.vtt:4:3: malformed timestamp "<00:00:01.x>": expected <hh:mm:ss.ttt>');
  });

  it('reports invalid JSON where it breaks', () => {
    expect(
      errorOf('t.json', '[\n  {"speaker": "A", "text": "Hi"},\n  {"speaker": "B" "text": "Yo"}\n]').toString(),
    ).toBe('t.json:3:19: invalid JSON (CommaExpected)');
  });

  it('reports a Whisper segment that ends before it starts', () => {
    const e = errorOf('w.json', '{"segments": [\n{"start": 3.0, "end": 1.5, "text": " Hi there."}\n]}');
    expect(e.toString()).toBe('w.json:2:23: segment ends (1.5) before it starts (3)');
  });

  it('reports a non-numeric Podcasting 2.0 time', () => {
    const e = errorOf(
      'p.json',
      '{"version": "1.0.0", "segments": [{"speaker": "A", "startTime": "soon", "endTime": 2, "body": "Hi."}]}',
    );
    expect(e.toString()).toMatch(/^p\.json:1:65: malformed timestamp in "startTime"/);
  });

  it('reports a malformed Otter header time', () => {
    expect(errorOf('o.txt', 'Ann Lee  0:03\nHello.\n\nBob Ray  0:75\nHi.\n').toString()).toBe(
      'o.txt:4:10: malformed timestamp "0:75": expected [H:]MM:SS',
    );
  });

  it('reports a malformed speaker-labelled stamp', () => {
    expect(errorOf('s.txt', 'Ann: [00:03] Hi.\nBob: [00:7:99] Hello.\n').toString()).toBe(
      's.txt:2:7: malformed timestamp "00:7:99": expected hh:mm:ss or mm:ss',
    );
  });

  it('refuses a JSON document of no known transcript shape', () => {
    const e = errorOf('x.json', '{"items": [1, 2, 3]}');
    expect(e.toString()).toMatch(
      /^x\.json:1:1: a JSON document, but not a transcript shape castwright knows: expected one of .*whisper-json/,
    );
  });

  it('refuses an unknown --format', () => {
    expect(errorOf('ep.txt', 'Hello.', 'docx').message).toMatch(/^unknown format "docx": expected one of .*srt.*vtt/);
  });

  it('refuses a VTT forced on a file without the header', () => {
    expect(errorOf('ep.txt', 'Hello there.', 'vtt').toString()).toBe(
      'ep.txt:1:1: expected "WEBVTT" on the first line of a WebVTT file',
    );
  });
});

describe('sloppy caption files', () => {
  it('reads SRT cues whose separating line holds a space, or is missing', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000\nHello there.\n \n2\n00:00:02,000 --> 00:00:03,000\nSecond cue.\n3\n00:00:03,000 --> 00:00:04,000\nThird.\n';
    const { transcript, warnings } = parse('s.srt', utf8(srt), options);
    expect(transcript.words.map((w) => `${w.text}@${w.time}`)).toEqual([
      'Hello@1',
      'there@1.5',
      'Second@2',
      'cue@2.5',
      'Third@3',
    ]);
    expect(warnings).toEqual([]);
  });
});

describe('encodings', () => {
  const text = 'Ann: Grüße aus Łódź.\nBob: Merci, ça va.\n';
  const words = (bytes: Uint8Array) => parse('e.txt', bytes, options).transcript.words.map((w) => w.text);
  const expected = ['Grüße', 'aus', 'Łódź', 'Merci', 'ça', 'va'];

  it('reads UTF-8 with and without a BOM', () => {
    expect(words(utf8(text))).toEqual(expected);
    expect(words(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toEqual(expected);
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(words(new Uint8Array([0xff, 0xfe, ...le]))).toEqual(expected);
    expect(words(new Uint8Array([0xfe, 0xff, ...be]))).toEqual(expected);
  });

  it('refuses Latin-1 bytes with the position of the first bad byte', () => {
    const e = errorOf('l.txt', Buffer.from('Ann: Hello.\nBob: Grüße.\n', 'latin1'));
    expect(e.toString()).toBe('l.txt:2:8: not valid UTF-8 (byte 0xfc at offset 19): save the transcript as UTF-8');
  });

  it('refuses empty and whitespace-only files', () => {
    expect(errorOf('empty.txt', '').toString()).toBe('empty.txt: the transcript is empty: expected text');
    expect(errorOf('blank.txt', ' \n\t\n').toString()).toBe('blank.txt: the transcript is empty: expected text');
  });

  it('refuses binary data', () => {
    expect(errorOf('b.txt', new Uint8Array([0x49, 0x44, 0x33, 0x04, 0x00, 0x00, 0x10])).toString()).toBe(
      'b.txt:1:5: binary data (a NUL character): expected a text transcript',
    );
  });
});

describe('unordered and overlapping cues warn and the build goes on', () => {
  it('warns with the line of each offending cue', () => {
    const srt = `${SRT_OK}2\n00:00:01,500 --> 00:00:03,000\nOverlap.\n\n3\n00:00:00,500 --> 00:00:01,000\nEarlier.\n`;
    const { transcript, warnings } = parse('w.srt', utf8(srt), options);
    expect(warnings.map((w) => `${w.line} ${w.rule}`)).toEqual(['6 timing/overlap', '10 timing/unordered']);
    expect(transcript.words.map((w) => w.text)).toEqual(['Hello', 'there', 'Overlap', 'Earlier']);
  });

  it('caps the warnings at ten per kind, then one line for the rest', () => {
    const segments = Array.from(
      { length: 16 },
      (_, i) => `{"start": ${100 - i}, "end": ${101 - i}, "text": " Word ${i}."}`,
    );
    const { warnings } = parse('w.json', utf8(`{"segments": [\n${segments.join(',\n')}\n]}`), options);
    expect(warnings).toHaveLength(11);
    expect(warnings[0]!.line).toBe(3);
    expect(warnings.at(-1)!.message).toBe('5 more cues like the above (timing/unordered)');
  });

  it('warns about Whisper segments out of order, with their lines', () => {
    const json =
      '{"segments": [\n{"start": 0, "end": 2, "text": " One two."},\n{"start": 1.5, "end": 3, "text": " Three."},\n{"start": 0.5, "end": 4, "text": " Four."}\n]}';
    const { warnings } = parse('w.json', utf8(json), options);
    expect(warnings.map((w) => `${w.line} ${w.rule}`)).toEqual(['3 timing/overlap', '4 timing/unordered']);
  });
});
