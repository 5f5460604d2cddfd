import { execFileSync } from 'node:child_process';

/**
 * Debian's chromium, which CI's .ci/run installs; undefined when it is
 * missing, so browser tests skip, saying so, instead of failing.
 */
export function findChromium(): string | undefined {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}
