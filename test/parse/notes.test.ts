import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { findNotes, noteLabel } from '../../src/parse/notes.js';

const people = { hosts: [], guests: [] };
const parsed = (file: string, text: string) =>
  parse(file, new TextEncoder().encode(text), { people, wordsPerMinute: 150 }).transcript;

describe("transcriber's notes", () => {
  it('are found in the forms transcripts write them, and a Markdown link is not one', () => {
    const text =
      'a \\[unintelligible 00:31:37.27\\] b [laughter] c (crosstalk) d ♪ la la ♪ e [Laravel](https://laravel.com) f';
    expect(findNotes(text).map((n) => noteLabel(text.slice(n.start, n.end)))).toEqual([
      '[unintelligible]',
      '[laughter]',
      '[crosstalk]',
      '[music]',
    ]);
  });

  it('are never words, in Markdown, SRT and plain text alike', () => {
    const md = parsed(
      'ep.md',
      '**Ann:** Hello \\[laughter\\] there.\n\n**Bob:** \\[unintelligible 00:01:02.03\\] Fine, thanks.\n',
    );
    expect(md.words.map((w) => w.text)).toEqual(['Hello', 'there', 'Fine', 'thanks']);
    expect(md.notes.map((n) => n.label)).toEqual(['[laughter]', '[unintelligible]']);
    const srt = parsed(
      'ep.srt',
      '1\n00:00:01,000 --> 00:00:02,000\n[Music]\n\n2\n00:00:02,000 --> 00:00:04,000\n(crosstalk) We ship on Fridays.\n',
    );
    expect(srt.words.map((w) => w.text)).toEqual(['We', 'ship', 'on', 'Fridays']);
    const plain = parsed('ep.txt', 'We ship on Fridays [laughs] and it works. We test first.');
    expect(plain.words.map((w) => w.text)).not.toContain('laughs');
  });

  it('end no sentence with the digits of their timestamp', () => {
    const md = parsed('ep.md', '**Ann:** The cache \\[unintelligible 00:22:51.07\\] holds every page we render.\n');
    expect(md.sentences).toHaveLength(1);
  });
});

describe('ad breaks in Markdown transcripts', () => {
  it('anchor the clock: talk before a break ends at its stamp, talk after resumes counted back from the next stamp', () => {
    const before = Array.from({ length: 150 }, (_, i) => `word${i}`).join(' ');
    const after = Array.from({ length: 150 }, (_, i) => `next${i}`).join(' ');
    const t = parsed(
      'ep.md',
      `**Ann:** \\[00:00\\] ${before}.\n\n**Break**: \\[01:00\\]\n\n**Bob:** ${after}.\n\n**Ann:** \\[03:30\\] Done now.\n`,
    );
    const firstAfter = t.words.findIndex((w) => w.text === 'next0');
    // 150 words took 60 s before the break: the 150 after it take 60 s before the 3:30 stamp, so the talk resumes at 2:30, after the ad.
    expect(t.words[firstAfter - 1]!.time).toBeLessThan(60);
    expect(t.words[firstAfter]!.time).toBeCloseTo(150, 0);
  });
});
