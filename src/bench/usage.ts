import { writeSync } from 'node:fs';
import { USAGE_MARK } from './usage-line.js';

/**
 * Preloaded into a measured build (`node --import`): when the process
 * exits, one line on stderr with its CPU time (all threads) and peak
 * resident memory. The benchmark times the process from outside, so its figures
 * cover everything a user waits for, module loading included.
 */
process.on('exit', () => {
  const cpu = process.cpuUsage();
  writeSync(
    2,
    `${USAGE_MARK}${JSON.stringify({ cpu: (cpu.user + cpu.system) / 1e6, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
});
