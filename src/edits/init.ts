import type { Episode } from '../model/episode.js';
import { formatClock } from '../text/clock.js';

/** A YAML double-quoted string: JSON's string syntax is valid YAML and escapes everything that needs it. */
const q = (value: string) => JSON.stringify(value);

/**
 * The text of a new edits file, pre-filled from the generated episode:
 * one entry per chapter and quote that identifies it, with the possible
 * changes written as comments, so a producer edits instead of starting from
 * a blank page. Applying it unchanged changes nothing.
 */
export function editsFileText(episode: Episode, transcriptPath: string): string {
  const out: string[] = [
    `# Edits for ${transcriptPath}`,
    '# castwright applies this file on every build, after generating the episode, so your',
    '# changes survive rebuilds. An entry that no longer matches is reported as a warning',
    '# with its line number, never dropped silently. Times are "m:ss" or "h:mm:ss".',
    'version: 1',
    '',
    '# Pin the episode summary: uncomment to replace the generated one.',
    `# summary: ${q(episode.summary)}`,
    '',
    '# Pin the takeaways: uncomment to replace the generated ones. An item in the',
    '# transcript\'s own words links to where it is said; otherwise add `at: "12:30"`.',
    '# takeaways:',
    ...episode.takeaways.map((k) => `#   - ${q(k.text)}`),
    '',
    '# Mark every chapter reviewed: drops the "automatically created" label.',
    '# reviewed: true',
    '',
    '# Chapters. `chapter`, `was` and `at` say which generated chapter an entry is about',
    '# (matched by `was`, the generated title, then by `at`, the generated start within',
    '# 15 seconds; a number alone matches by position). Keep them as they are. Then:',
    '#   title: "New title"           rename',
    '#   start: "12:30"               move the start to a time...',
    '#   start: "so let\'s talk about"  ...or to where a phrase of the transcript is said',
    '#   summary: "One sentence."     replace the chapter summary',
    '#   remove: true                 drop the chapter (the one before runs on)',
    '#   reviewed: true               a person has checked it',
    '# Add a chapter with:  - add: "Title"',
    '#                        start: "12:30"   (or a phrase)',
    'chapters:',
  ];
  if (episode.chapters.length === 0) out.push('  []');
  episode.chapters.forEach((c, i) => {
    out.push(`  - chapter: ${i + 1}`, `    was: ${q(c.title)}`, `    at: ${q(formatClock(c.startTime))}`);
    out.push(
      `    # title: ${q(c.title)}`,
      `    # start: ${q(formatClock(c.startTime))}`,
      `    # remove: true`,
      `    reviewed: ${c.reviewed}`,
    );
  });
  out.push(
    '',
    '# Quotes, best first. `quote` names a generated quote by its words. Then:',
    '#   reject: true                 leave it out (of the notes, cards and feed)',
    '# Add a quote by its words:  - add: "the transcript\'s own words"',
    '# (it must be said word for word in the transcript; fillers such as "uh" may be left out).',
    'quotes:',
  );
  if (episode.quotes.length === 0) out.push('  []');
  for (const quote of episode.quotes) {
    out.push(
      `  - quote: ${q(quote.text)}`,
      `    at: ${q(formatClock(quote.startTime))}  # ${quote.speaker}`,
      '    # reject: true',
    );
  }
  return `${out.join('\n')}\n`;
}
