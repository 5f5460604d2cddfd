import { describe, expect, it } from 'vitest';
import { parseEdits } from '../../src/edits/index.js';
import { CastwrightError } from '../../src/errors.js';

/** A "billion laughs" file: each anchor holds ten aliases of the one before. */
function aliasBomb(): string {
  const lines = ['version: 1', 'a0: &a0 [lol]'];
  for (let i = 1; i <= 9; i++)
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  lines.push('summary: *a9');
  return lines.join('\n') + '\n';
}

describe('an edits file built to exhaust the machine', () => {
  it('refuses an alias bomb naming the edits file and a line', () => {
    let error: unknown;
    try {
      parseEdits(aliasBomb(), 'seeds/ep.edits.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CastwrightError);
    expect(String(error)).toMatch(/^seeds\/ep\.edits\.yaml:\d+: invalid YAML: too many aliases/);
    // Line 4: the first alias of an anchor that itself holds aliases, where the expansion multiplies.
    expect((error as CastwrightError).line).toBe(4);
  });
});
