/** WebVTT cue text escapes `&`, `<` and `>` (so `-->` and tags in speech stay text). */
export function escapeVtt(value: string): string {
  return value.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}
