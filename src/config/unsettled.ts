import { CastwrightError } from '../errors.js';

/**
 * `promise`, or a `CastwrightError` naming the config `file` if it can never
 * settle. A config whose top-level await waits on nothing that can finish
 * (`await new Promise(() => {})`) leaves its import pending forever: the
 * event loop empties and Node would exit 0 (or 13), with nothing printed
 * and nothing built. `beforeExit` fires exactly then, while work can still
 * be scheduled, so the build fails with a reason instead.
 */
export function failIfNeverSettles<T>(promise: Promise<T>, file: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const neverSettled = () =>
      reject(
        new CastwrightError(
          'could not load config: its top-level await never settled (it waits on nothing that can finish)',
          {
            file,
          },
        ),
      );
    process.once('beforeExit', neverSettled);
    promise.then(
      (value) => {
        process.off('beforeExit', neverSettled);
        resolve(value);
      },
      (error: unknown) => {
        process.off('beforeExit', neverSettled);
        reject(error);
      },
    );
  });
}
