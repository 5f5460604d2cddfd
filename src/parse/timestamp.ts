/**
 * Clock strings in transcripts: `mm:ss`, `h:mm:ss`, with an optional fraction
 * after `.` or `,` (SRT uses a comma). Returns seconds, or undefined when the
 * string is not a well-formed clock.
 *
 * Seconds must be below 60. Minutes must be below 60 only when an hour field
 * is present: without one, `61:54` is how Otter and many editors write an hour
 * and a bit, and it reads unambiguously as 61 minutes 54 seconds.
 */
export function parseClock(value: string): number | undefined {
  const m = /^(?:(\d+):(\d{1,2})|(\d+)):(\d{2})(?:[.,](\d{1,3}))?$/.exec(value.trim());
  if (!m) return undefined;
  const hours = m[1] === undefined ? 0 : Number(m[1]);
  const minutes = Number(m[2] ?? m[3]);
  const seconds = Number(m[4]);
  if ((m[1] !== undefined && minutes >= 60) || seconds >= 60) return undefined;
  const fraction = m[5] === undefined ? 0 : Number(`0.${m[5]}`);
  return hours * 3600 + minutes * 60 + seconds + fraction;
}
