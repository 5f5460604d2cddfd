import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { CastwrightError, formatWarning, type Warning } from '../errors.js';

/** Files beside transcripts that are not transcripts (edits, notes, audio). */
const NOT_TRANSCRIPT = /(?:\.edits\.ya?ml|\.md\.bak|\.(?:mp3|m4a|wav|flac|ogg|png|jpe?g|gif|webp|DS_Store))$/i;

export interface ResolveOptions {
  /** Folder read when no paths are given. */
  defaultDir?: string;
  /**
   * The project folder: a symbolic link in a transcript folder is followed
   * only when its target lies inside it. Defaults to the working directory.
   */
  root?: string;
  /** Receives each link that was not followed; by default printed on stderr so `--json` stdout stays clean. */
  warn?: (warning: Warning) => void;
}

/**
 * Expand the command line's paths: a folder means every transcript in it
 * (sorted, so builds are deterministic); no paths means `seeds/`. Symbolic
 * links to files inside the project are transcripts like any other; a link
 * leading outside it, or nowhere, is skipped with a warning.
 */
export async function resolveInputs(paths: readonly string[], options: ResolveOptions = {}): Promise<string[]> {
  const { defaultDir = 'seeds', root = process.cwd(), warn = printWarning } = options;
  const wanted = paths.length > 0 ? paths : [defaultDir];
  const out: string[] = [];
  for (const p of wanted) {
    let info;
    try {
      info = await stat(p);
    } catch {
      // Missing files are reported per episode by the build, with the others still built.
      if (paths.length === 0)
        throw new CastwrightError('no transcripts: expected a seeds/ folder or file paths', { file: p });
      out.push(p);
      continue;
    }
    if (!info.isDirectory()) {
      out.push(p);
      continue;
    }
    const candidates = (await readdir(p, { withFileTypes: true }))
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && !e.name.startsWith('.') && !NOT_TRANSCRIPT.test(e.name))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const entries: string[] = [];
    for (const e of candidates) {
      const file = path.join(p, e.name);
      if (e.isFile() || (await followLink(file, root, warn))) entries.push(file);
    }
    if (entries.length === 0 && paths.length === 0)
      throw new CastwrightError('no transcripts found in the folder', { file: p });
    if (entries.length === 0) out.push(p);
    out.push(...entries);
  }
  return out;
}

/**
 * Whether a symbolic link in a transcript folder names a transcript to build.
 * A link is followed only into the project: a link out of it would publish a
 * file the project does not hold, so a build elsewhere would differ. Links to
 * folders are skipped quietly, as subfolders are.
 */
async function followLink(file: string, root: string, warn: (warning: Warning) => void): Promise<boolean> {
  let target: string;
  try {
    target = await realpath(file);
  } catch {
    warn({ file, message: 'symbolic link leads to no file: skipped', rule: 'inputs/broken-link' });
    return false;
  }
  if (!(await stat(target)).isFile()) return false;
  const project = await realpath(root);
  const relative = path.relative(project, target);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    warn({
      file,
      message: `symbolic link leads outside the project (to ${target}): skipped; copy the transcript into the project to build it`,
      rule: 'inputs/link-outside',
    });
    return false;
  }
  return true;
}

function printWarning(warning: Warning): void {
  process.stderr.write(`${formatWarning(warning)}\n`);
}
