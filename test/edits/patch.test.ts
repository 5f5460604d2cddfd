import { describe, expect, it } from 'vitest';
import { parseEdits } from '../../src/edits/parse.js';
import { NEW_EDITS_FILE, patchEdits } from '../../src/edits/patch.js';

/** An edits file as `edits init` writes it, with a person's own comment and spacing. */
const INIT = `# Edits for seeds/ep.txt
version: 1

# Pin the episode summary: uncomment to replace the generated one.
# summary: "Generated summary."

# Pin the takeaways: uncomment to replace the generated ones.
# takeaways:
#   - "First takeaway."
#   - "Second takeaway."

# reviewed: true

chapters:
  - chapter: 1
    was: "Cold Open"
    at: "0:00"
    # title: "Cold Open"
    # start: "0:00"
    # remove: true
    reviewed: false
  - chapter: 2
    was: "Scaling"   # my note: check this one
    at: "4:10"
    # title: "Scaling"
    # start: "4:10"
    # remove: true
    reviewed: false

# Quotes, best first.
quotes:
  - quote: "machine learning is beautifully forgiving"
    at: "9:41"  # Łukasz Kaiser
    # reject: true
  - quote: "it's been a very smooth exponential increase"
    at: "2:59"  # Łukasz Kaiser
    # reject: true
`;

/** The lines of `after` that are not in `before`, and the lines of `before` that are gone. */
function lineDiff(before: string, after: string): { added: string[]; removed: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { added: b.filter((l) => !a.includes(l)), removed: a.filter((l) => !b.includes(l)) };
}

describe('patchEdits: one change spliced into the edits file, every other byte kept', () => {
  it('renames a chapter by uncommenting its title line; the rest is byte-identical', () => {
    const after = patchEdits(INIT, { kind: 'chapter', title: 'Scaling', at: 250, set: { title: 'Why scaling works' } });
    expect(after).toBe(INIT.replace('    # title: "Scaling"', '    title: "Why scaling works"'));
    const edits = parseEdits(after, 'ep.edits.yaml');
    expect(edits.chapters[1]).toMatchObject({ was: 'Scaling', title: 'Why scaling works' });
  });

  it('finds a renamed chapter again by its new title and replaces only the value', () => {
    const once = patchEdits(INIT, { kind: 'chapter', title: 'Scaling', at: 250, set: { title: 'Renamed' } });
    const twice = patchEdits(once, {
      kind: 'chapter',
      title: 'Renamed',
      at: 250,
      set: { title: 'Again', reviewed: true },
    });
    expect(lineDiff(once, twice)).toEqual({
      added: ['    title: "Again"', '    reviewed: true'],
      removed: ['    title: "Renamed"'],
    });
    expect(twice).toContain('    was: "Scaling"   # my note: check this one\n');
  });

  it('moves and removes a chapter in place', () => {
    let text = patchEdits(INIT, { kind: 'chapter', title: 'Cold Open', at: 0, set: { start: 'so here we are' } });
    text = patchEdits(text, { kind: 'chapter', title: 'Cold Open', at: 0, set: { remove: true } });
    expect(lineDiff(INIT, text)).toEqual({
      added: ['    start: "so here we are"', '    remove: true'],
      removed: ['    # start: "0:00"'],
    });
    expect(text.split('    # remove: true').length - 1).toBe(1);
  });

  it('adds an entry for a chapter the file does not mention, named by title and start', () => {
    const after = patchEdits(INIT, { kind: 'chapter', title: 'Hardware', at: 754, set: { title: 'Chips' } });
    expect(after.startsWith(INIT.slice(0, INIT.indexOf('\n# Quotes')))).toBe(true);
    expect(after).toContain(
      '    # remove: true\n    reviewed: false\n  - was: "Hardware"\n    at: "12:34"\n    title: "Chips"\n\n# Quotes',
    );
  });

  it('adds a chapter and removes it again by taking its entry out', () => {
    const added = patchEdits(INIT, { kind: 'add-chapter', title: 'New part', start: '12:30' });
    expect(parseEdits(added, 'x').chapters[2]).toMatchObject({ type: 'add', title: 'New part', start: { time: 750 } });
    const removed = patchEdits(added, { kind: 'chapter', title: 'New part', at: 750, set: { remove: true } });
    expect(removed).toBe(INIT);
  });

  it('rejects a generated quote by uncommenting `reject: true`, keeping the comment after `at`', () => {
    const after = patchEdits(INIT, {
      kind: 'reject-quote',
      text: 'Machine learning is beautifully forgiving.',
      at: 581,
    });
    expect(after).toBe(
      INIT.replace(
        '    at: "9:41"  # Łukasz Kaiser\n    # reject: true',
        '    at: "9:41"  # Łukasz Kaiser\n    reject: true',
      ),
    );
  });

  it('adds and promotes quotes in card order; rejecting an added quote takes it out', () => {
    const one = patchEdits(INIT, { kind: 'add-quote', text: 'first chosen words' });
    const two = patchEdits(one, { kind: 'promote-quote', text: "it's been a very smooth exponential increase" });
    expect(
      parseEdits(two, 'x')
        .quotes.filter((q) => q.type === 'add')
        .map((q) => (q as { text: string }).text),
    ).toEqual(['first chosen words', "it's been a very smooth exponential increase"]);
    const up = patchEdits(two, { kind: 'promote-quote', text: "it's been a very smooth exponential increase" });
    expect(
      parseEdits(up, 'x')
        .quotes.filter((q) => q.type === 'add')
        .map((q) => (q as { text: string }).text),
    ).toEqual(["it's been a very smooth exponential increase", 'first chosen words']);
    expect(patchEdits(one, { kind: 'reject-quote', text: 'first chosen words', at: 0 })).toBe(INIT);
  });

  it('pins the summary and every chapter reviewed where the commented lines were', () => {
    let text = patchEdits(INIT, { kind: 'summary', text: 'A new summary.' });
    text = patchEdits(text, { kind: 'reviewed', value: true });
    expect(lineDiff(INIT, text)).toEqual({
      added: ['summary: "A new summary."', 'reviewed: true'],
      removed: ['# summary: "Generated summary."', '# reviewed: true'],
    });
    expect(patchEdits(text, { kind: 'summary', text: 'Changed.' })).toBe(
      text.replace('"A new summary."', '"Changed."'),
    );
  });

  it('pins, reorders and extends the takeaways, keeping items as written', () => {
    const pinned = patchEdits(INIT, {
      kind: 'takeaways',
      items: [{ text: 'First takeaway.' }, { text: 'Second takeaway.' }],
    });
    expect(pinned).toContain(
      '# Pin the takeaways: uncomment to replace the generated ones.\ntakeaways:\n  - "First takeaway."\n  - "Second takeaway."\n\n# reviewed',
    );
    const hand = pinned.replace('  - "Second takeaway."', "  - 'Second takeaway.'   # mine");
    const reordered = patchEdits(hand, {
      kind: 'takeaways',
      items: [{ text: 'Second takeaway.' }, { text: 'Third.', at: '3:00' }],
    });
    expect(reordered).toContain(
      'takeaways:\n  - \'Second takeaway.\'   # mine\n  - text: "Third."\n    at: "3:00"\n\n# reviewed',
    );
    expect(parseEdits(reordered, 'x').takeaways!.items.map((k) => k.text)).toEqual(['Second takeaway.', 'Third.']);
  });

  it('starts a new file from `version: 1`', () => {
    const after = patchEdits(NEW_EDITS_FILE, { kind: 'chapter', title: 'Intro', at: 0, set: { title: 'Welcome' } });
    expect(after).toBe('version: 1\nchapters:\n  - was: "Intro"\n    at: "0:00"\n    title: "Welcome"\n');
    const quote = patchEdits(after, { kind: 'add-quote', text: 'some words' });
    expect(quote).toBe(`${after}quotes:\n  - add: "some words"\n`);
  });

  it('fills an empty list written as []', () => {
    const text = 'version: 1\nchapters:\n  []\nquotes:\n  []\n';
    expect(patchEdits(text, { kind: 'add-quote', text: 'a b c' })).toBe(
      'version: 1\nchapters:\n  []\nquotes:\n  - add: "a b c"\n',
    );
  });
});
