import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEdits } from '../../src/edits/index.js';
import { CastwrightError } from '../../src/errors.js';
import { root } from '../helpers/build.js';

const fixture = (name: string) => {
  const file = `test/fixtures/edits/${name}`;
  return { file, text: readFileSync(path.join(root, file), 'utf8') };
};

/** The error an edits file raises, as the CLI prints it (`file:line: message`). */
function errorOf(name: string): string {
  const { file, text } = fixture(name);
  return errorFor(text, file, name);
}

function errorFor(text: string, file = 'x.edits.yaml', name = file): string {
  try {
    parseEdits(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(CastwrightError);
    return String(error);
  }
  throw new Error(`${name} was accepted`);
}

describe('reading an edits file', () => {
  it('reads every kind of edit, with the line of each entry and field', () => {
    const { file, text } = fixture('valid.edits.yaml');
    const edits = parseEdits(text, file);
    expect(edits.summary).toEqual({ text: 'A pinned summary.', line: 3 });
    expect(edits.reviewed).toEqual({ value: true, line: 8 });
    expect(edits.takeaways?.items.map((k) => [k.text, k.at, k.line])).toEqual([
      ['First takeaway', undefined, 5],
      ['Second takeaway', 200, 6],
    ]);
    const [rename, phrase, remove, object, add] = edits.chapters;
    expect(rename).toMatchObject({
      type: 'change',
      chapter: 2,
      was: 'Introduction',
      at: 54,
      title: 'Meet the guest',
      start: { time: 62 },
      remove: false,
      line: 10,
    });
    expect(rename!.fields.start).toBe(14);
    expect(phrase).toMatchObject({
      type: 'change',
      was: 'Scaling',
      start: { phrase: "so let's talk about scaling" },
      line: 15,
    });
    expect(remove).toMatchObject({ type: 'change', at: 3723, remove: true, line: 17 });
    expect(object).toMatchObject({
      chapter: 4,
      start: { phrase: 'pre-training' },
      summary: 'One sentence.',
      reviewed: false,
      line: 19,
    });
    expect(add).toMatchObject({ type: 'add', title: 'Hardware', start: { time: 754.5 }, reviewed: true, line: 23 });
    expect(edits.quotes).toMatchObject([
      { type: 'change', quote: 'Machine learning is beautifully forgiving', at: 581, reject: true, line: 26 },
      { type: 'add', text: 'AI progress was slowing down', line: 29 },
    ]);
  });

  it('accepts an empty or all-comment file as no edits', () => {
    expect(parseEdits('# nothing yet\n', 'x.edits.yaml')).toMatchObject({ chapters: [], quotes: [] });
    expect(parseEdits('', 'x.edits.yaml')).toMatchObject({ chapters: [], quotes: [] });
  });

  it('names an unknown field on its own line and lists the fields it expected', () => {
    expect(errorOf('unknown-field.edits.yaml')).toBe(
      'test/fixtures/edits/unknown-field.edits.yaml:5: chapters[1]: unknown field "titel": expected one of chapter, was, at, title, start, summary, remove, reviewed (or add, start, summary, reviewed for a new chapter)',
    );
  });

  it('rejects a time that is not one, saying what a time looks like', () => {
    expect(errorOf('bad-time.edits.yaml')).toBe(
      'test/fixtures/edits/bad-time.edits.yaml:6: chapters[2].start: "12:75" is not a time: expected "m:ss" or "h:mm:ss" with minutes and seconds below 60, such as "12:30"',
    );
  });

  it('reports a YAML syntax error where it starts, not where YAML gave up', () => {
    expect(errorOf('bad-yaml.edits.yaml')).toBe(
      'test/fixtures/edits/bad-yaml.edits.yaml:3: invalid YAML: Missing closing "quote',
    );
    expect(errorFor('chapters:\n  - was: [1, 2\n')).toMatch(/^x\.edits\.yaml:\d+:\d+: invalid YAML: /);
  });

  it('rejects start values that are neither a time nor a phrase', () => {
    expect(errorFor('chapters:\n  - add: "X"\n    start: { phrase: "" }\n')).toMatch(
      /^x\.edits\.yaml:3: chapters\[1\]\.start: expected a time such as "12:30" or a phrase/,
    );
    expect(errorFor('chapters:\n  - add: "X"\n')).toMatch(/^x\.edits\.yaml:2: chapters\[1\]\.start: expected a time/);
  });

  it('asks which generated chapter an entry is about when it does not say', () => {
    expect(errorOf('no-identity.edits.yaml')).toBe(
      'test/fixtures/edits/no-identity.edits.yaml:6: chapters[1]: expected `chapter`, `was` or `at` to say which generated chapter this is (or `add: <title>` for a new chapter)',
    );
  });

  it('says what type a field expects', () => {
    expect(errorOf('wrong-type.edits.yaml')).toBe(
      'test/fixtures/edits/wrong-type.edits.yaml:7: reviewed: expected true or false (every chapter has been checked)',
    );
  });
});
