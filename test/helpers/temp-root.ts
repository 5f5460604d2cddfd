import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Vitest's global setup: the run's temporary projects, outputs and caches
 * (every `mkdtemp` under `os.tmpdir()`, in the tests and in the command
 * lines they start) go into one folder, removed when the run ends, so a
 * run leaves nothing behind however a test ends.
 */
export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const dir = mkdtempSync(path.join(tmpdir(), 'castwright-test-'));
  // os.tmpdir() reads TMPDIR on every call; workers and child processes inherit it.
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
