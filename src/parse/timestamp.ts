/**
 * Clock strings in transcripts: `mm:ss`, `h:mm:ss`, with an optional fraction
 * after `.` or `,` (SRT uses a comma). Returns seconds, or undefined when the
 * string is not a well-formed clock (minutes and seconds must be below 60).
 */
export function parseClock(value: string): number | undefined {
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/.exec(value.trim());
  if (!m) return undefined;
  const hours = m[1] === undefined ? 0 : Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3]);
  if (minutes >= 60 || seconds >= 60) return undefined;
  const fraction = m[4] === undefined ? 0 : Number(`0.${m[4]}`);
  return hours * 3600 + minutes * 60 + seconds + fraction;
}
