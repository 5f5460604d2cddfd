/**
 * Append `items` to `target` one by one. `target.push(...items)` passes every
 * item as an argument on the stack, and overflows it for a long list (an
 * edits file of 190,000 entries gives as many warnings).
 */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
