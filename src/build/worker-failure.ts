/**
 * Why an episode worker died, in words for the episode's failure line.
 * A worker's uncaught value reaches the pool as it was thrown: usually an
 * Error, but code may throw a string, a number, `null` or a plain object,
 * and the line must still say something rather than "undefined".
 */
export function workerFailureReason(value: unknown): string {
  if (value instanceof Error) return value.message || value.name;
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (value && typeof value === 'object' && typeof (value as { message?: unknown }).message === 'string')
    return (value as { message: string }).message;
  let shown: string;
  try {
    shown = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    shown = Object.prototype.toString.call(value);
  }
  return `the episode worker failed with a value that is not an error: ${shown}`;
}

/** The error code Node gives a worker's failure (`ERR_WORKER_OUT_OF_MEMORY`), if it has one. */
export function workerFailureCode(value: unknown): string | undefined {
  const code = value && typeof value === 'object' ? (value as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}
