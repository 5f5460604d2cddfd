import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

const options = { people: { hosts: [], guests: [] }, wordsPerMinute: 150 };
const utf8 = (s: string) => new TextEncoder().encode(s);

function read(name: string, input: string) {
  const { transcript, warnings } = parse(name, utf8(input), options);
  return { words: transcript.words.map((w) => w.text).join(' '), warnings };
}

const SRT_HEAD =
  '199\n00:16:38,000 --> 00:16:40,000\nWe started from a big\n\n200\n00:16:40,000 --> 00:16:42,000\npre-trained mo\n';

describe('a caption file cut off mid-cue', () => {
  it('leaves an SRT index and a cut timing line out of the speech, with a warning at their line', () => {
    const { words, warnings } = read('ep.srt', `${SRT_HEAD}201\n00:16:4`);
    expect(words).toBe('We started from a big pre-trained mo');
    expect(warnings.map((w) => [w.file, w.line, w.rule])).toEqual([['ep.srt', 8, 'captions/truncated-cue']]);
  });

  it('skips a cut-off cue start in its own block instead of refusing the file', () => {
    const { words, warnings } = read('ep.srt', `${SRT_HEAD}\n201\n00:16:4`);
    expect(words).toBe('We started from a big pre-trained mo');
    expect(warnings.map((w) => [w.line, w.rule])).toEqual([[10, 'captions/truncated-cue']]);
  });

  it('skips a timing line cut inside its second stamp at the end of the file', () => {
    const { words, warnings } = read('ep.srt', `${SRT_HEAD}\n201\n00:16:42,000 --> 00:16:4`);
    expect(words).toBe('We started from a big pre-trained mo');
    expect(warnings.map((w) => [w.line, w.rule])).toEqual([[10, 'captions/truncated-cue']]);
  });

  it('leaves a WebVTT cue cut mid-timestamp out of the speech', () => {
    const { words, warnings } = read(
      'ep.vtt',
      'WEBVTT\n\n00:16:38.000 --> 00:16:40.000\nWe started from a big\n\n00:16:40.000 --> 00:16:42.000\npre-trained mo\n00:16:4',
    );
    expect(words).toBe('We started from a big pre-trained mo');
    expect(warnings.map((w) => [w.line, w.rule])).toEqual([[8, 'captions/truncated-cue']]);
  });
});

describe('malformed voice tags in WebVTT', () => {
  it('keeps an unclosed voice tag out of the words and warns at its column', () => {
    const { words, warnings } = read(
      'ep.vtt',
      'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ann Lee>Hello there, welcome.\n\n00:00:03.000 --> 00:00:05.000\n<v Bob Ray Thanks for having me.\n\n00:00:05.000 --> 00:00:07.000\n<v Ann Lee>Glad you came.\n',
    );
    expect(words).toBe('Hello there welcome Glad you came');
    expect(warnings.map((w) => [w.line, w.column, w.rule])).toEqual([[7, 1, 'captions/markup']]);
  });

  it('warns about a voice tag that names no speaker', () => {
    const { words, warnings } = read('ep.vtt', 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v>Hello there, welcome.\n');
    expect(words).toBe('Hello there welcome');
    expect(warnings.map((w) => [w.line, w.rule])).toEqual([[4, 'captions/markup']]);
  });

  it('keeps a bare "<" in SubRip text as text', () => {
    expect(read('ep.srt', '1\n00:00:01,000 --> 00:00:03,000\nTwo is <three, really.\n').words).toBe(
      'Two is three really',
    );
  });
});
