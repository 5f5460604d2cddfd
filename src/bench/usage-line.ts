/** What a measured build reports on exit (see usage.ts): CPU seconds, peak RSS in MB. */
export interface Usage {
  cpu: number;
  maxRssMb: number;
}

/** The prefix of that stderr line, which sets it apart from the build's own output. */
export const USAGE_MARK = 'castwright-bench-usage ';

export function readUsage(stderr: string): Usage | undefined {
  const line = stderr.split('\n').find((l) => l.startsWith(USAGE_MARK));
  return line === undefined ? undefined : (JSON.parse(line.slice(USAGE_MARK.length)) as Usage);
}
