import { randomBytes } from 'node:crypto';

/** Prefix of a folder or file being written, renamed into place when complete. */
export const TEMP = '.castwright-tmp-';
/** Prefix of an episode folder moved aside while its replacement is swapped in. */
export const OLD = '.castwright-old-';

/**
 * A temporary name no other build can choose: it carries this process's id
 * (so clean-up can tell whose it is) and a random token (so two writers in one
 * process differ too). `.castwright-tmp-<pid>-<token>-<name>`.
 */
export function tempName(prefix: typeof TEMP | typeof OLD, name: string): string {
  return `${prefix}${process.pid}-${randomBytes(6).toString('hex')}-${name}`;
}

/** A temporary name split into its owner and the name it stands for; `pid` is undefined for names without one. */
export interface ParsedTemp {
  prefix: typeof TEMP | typeof OLD;
  pid: number | undefined;
  name: string;
}

/** Read a temporary name back; undefined for names that are not temporaries. */
export function parseTempName(entry: string): ParsedTemp | undefined {
  const prefix = entry.startsWith(TEMP) ? TEMP : entry.startsWith(OLD) ? OLD : undefined;
  if (!prefix) return undefined;
  const rest = entry.slice(prefix.length);
  const owned = /^(\d+)-([0-9a-f]{12})-(.+)$/.exec(rest);
  // Names without an owner come from versions that did not record one: always stale.
  if (!owned) return { prefix, pid: undefined, name: rest };
  return { prefix, pid: Number(owned[1]), name: owned[3]! };
}

/**
 * Whether the build that made a temporary may still be using it: its process
 * is this one or is still running. Another build's temporaries are never
 * touched; only those of builds that are gone (killed) are cleaned up.
 */
export function ownerAlive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
