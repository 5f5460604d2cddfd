import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readCore, readWinkModel } from '../../src/text/wink-model.js';

const require = createRequire(import.meta.url);

describe("wink-nlp's English model, read directly", () => {
  it("equals the package's own core model, tables and indexes included", () => {
    const own = (require('wink-eng-lite-web-model') as { core: () => unknown }).core();
    const fast = readCore();
    expect(fast).toEqual(own);
    // toEqual compares typed arrays by content; check the tables really were decoded.
    expect(fast.lexicon).toBeInstanceOf(Uint32Array);
    expect((fast.lexicon as Uint32Array).length).toBeGreaterThan(100_000);
  });

  it('has every other part of the package model', () => {
    const own = require('wink-eng-lite-web-model') as Record<string, unknown>;
    const model = readWinkModel() as unknown as Record<string, unknown>;
    expect(Object.keys(model).sort()).toEqual(Object.keys(own).sort());
    for (const key of ['sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER', 'featureFn']) expect(model[key], key).toBe(own[key]);
    expect(model.addons).toEqual(own.addons);
  });
});
