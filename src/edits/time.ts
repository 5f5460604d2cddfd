/** `12:30`, `1:02:03`, `754` or `754.5`: a moment in the episode as people write it. */
export const TIME = /^(?:(\d+):)?(?:(\d{1,2}):)?(\d+(?:\.\d+)?)$/;

/** Seconds from a time written as `[h:]m:ss[.fff]` or plain seconds; undefined when it is not a time. */
export function parseTime(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  const text = value.trim();
  if (!TIME.test(text)) return undefined;
  const parts = text.split(':');
  // Minutes and seconds after the first part must stay below 60 ("12:75" is a typo, not 13:15).
  if (parts.slice(1).some((p) => Number(p) >= 60)) return undefined;
  return parts.reduce((total, part) => total * 60 + Number(part), 0);
}
