/**
 * A `Name:` speaker prefix in cue text ("Nick Nisi: so…", "SPEAKER_01: …"):
 * one to four capitalised words, or a diarisation label. Captions also hold
 * sentences like "Note: …", so callers accept a name only when it labels at
 * least two cues.
 */
const LABEL =
  /^([\p{Lu}][\p{L}\p{M}.'’-]*(?:[ \t][\p{Lu}][\p{L}\p{M}.'’-]*){0,3}|SPEAKER[ _]\d+|Speaker \d+)[ \t]*:[ \t]+(?=\S)/u;

/** The label at `start` in `text` and where the speech after it begins. */
export function readCueLabel(
  text: string,
  start: number,
  end: number,
): { name: string; bodyStart: number } | undefined {
  const m = LABEL.exec(text.slice(start, Math.min(end, start + 80)));
  return m ? { name: m[1]!, bodyStart: start + m[0].length } : undefined;
}

/** Labels used at the start of at least two lines: speaker names, not sentences. */
export function confirmedLabels(text: string, lineStarts: Iterable<{ start: number; end: number }>): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lineStarts) {
    let start = line.start;
    // A label may follow a `>>` or `-` dialogue mark.
    const lead = /^[ \t]*(?:>>|&gt;&gt;|-)?[ \t]*/.exec(text.slice(start, line.end));
    start += lead?.[0].length ?? 0;
    const label = readCueLabel(text, start, line.end);
    if (label) counts.set(label.name, (counts.get(label.name) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([name]) => name));
}
