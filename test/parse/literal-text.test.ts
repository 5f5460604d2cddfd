import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { passageText } from '../../src/summarise/passage.js';
import { createCorrector } from '../../src/text/corrections.js';

const options = { people: { hosts: [], guests: [] }, wordsPerMinute: 150 };
const utf8 = (s: string) => new TextEncoder().encode(s);

const SPEECH = 'I think Tom &amp; Jerry is &lt;b&gt;bold&lt;/b&gt; and &#x3C;script stuff really matters to us.';

function read(format: string, input: string) {
  const { transcript } = parse('ep.txt', utf8(input), { ...options, format });
  const first = transcript.words.findIndex((w) => w.text === 'I');
  const last = transcript.words.findIndex((w) => w.text === 'us');
  return {
    words: transcript.words.map((w) => w.text),
    passage: passageText(transcript, first, last + 1, createCorrector({})),
  };
}

describe.each([
  ['plain', `${SPEECH}\nAnd then we all went home for the night.\n`],
  ['markdown', `**Ann:** ${SPEECH}\n\n**Bob:** Sure thing, that was quite a night.\n`],
])('character references in a %s transcript are text as written', (format, input) => {
  it('never yield a word from inside the reference', () => {
    const { words } = read(format, input);
    for (const invented of ['amp', 'lt', 'gt', 'x3C']) expect(words).not.toContain(invented);
    expect(words.slice(0, 4)).toEqual(['I', 'think', 'Tom', 'Jerry']);
  });

  it('show a reference standing between words as written in display text, and keep it out of the verbatim words', () => {
    const { passage } = read(format, input);
    expect(passage.display).toMatch(/^I think Tom &amp; Jerry is /);
    expect(passage.display).not.toMatch(/\bamp\b(?!;)|\blt\b|\bgt\b|x3C/);
    expect(passage.verbatim).toBe('I think Tom Jerry is b bold b and script stuff really matters to us');
  });
});

describe('an ampersand that starts no character reference', () => {
  it('leaves the words around it alone', () => {
    const { transcript } = parse(
      'ep.txt',
      utf8('We did a Q&A; then AT&T and R&D came up.\nAnd that was it for the night.\n'),
      { ...options, format: 'plain' },
    );
    expect(transcript.words.slice(0, 10).map((w) => w.text)).toEqual([
      'We',
      'did',
      'a',
      'Q',
      'A',
      'then',
      'AT',
      'T',
      'and',
      'R',
    ]);
  });
});
