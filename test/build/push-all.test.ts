import { describe, expect, it } from 'vitest';
import { pushAll } from '../../src/build/push-all.js';

describe('collecting an episode’s warnings', () => {
  it('appends a million warnings without overflowing the stack', () => {
    const target = [{ message: 'first' }];
    const many = Array.from({ length: 1_000_000 }, (_, i) => ({ message: `w${i}` }));
    // The spread this replaces, `target.push(...many)`, throws "Maximum call stack size exceeded" here.
    expect(() => [].push(...(many as never[]))).toThrow(RangeError);
    pushAll(target, many);
    expect(target).toHaveLength(1_000_001);
    expect(target.at(-1)).toEqual({ message: 'w999999' });
  });
});
