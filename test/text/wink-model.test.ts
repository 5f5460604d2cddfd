import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readCore, readWinkModel } from '../../src/text/wink-model.js';

const require = createRequire(import.meta.url);

describe("wink-nlp's English model, read directly", () => {
  it("equals the package's own core model, tables and indexes included", () => {
    type Core = ReturnType<typeof readCore>;
    const own = (require('wink-eng-lite-web-model') as { core: () => Core }).core();
    const fast = readCore();
    // The lexeme table is a Map behind a proxy: compare it key by key, the rest as it is.
    const ownLexemes = own.features.lexeme!.hash!;
    const fastLexemes = fast.features.lexeme!.hash!;
    const words = Object.keys(ownLexemes);
    expect(words.length).toBeGreaterThan(80_000);
    for (const word of words) if (fastLexemes[word] !== ownLexemes[word]) expect(fastLexemes[word], word).toBe(ownLexemes[word]);
    expect(fastLexemes['not-a-word-in-the-model']).toBeUndefined();
    delete own.features.lexeme!.hash;
    delete fast.features.lexeme!.hash;
    expect(fast).toEqual(own);
    // toEqual compares typed arrays by content; check the tables really were decoded.
    expect(fast.lexicon).toBeInstanceOf(Uint32Array);
    expect((fast.lexicon as Uint32Array).length).toBeGreaterThan(100_000);
  });

  it('extends the lexeme table the way wink-nlp does', () => {
    const lexemes = readCore().features.lexeme!.hash!;
    expect(lexemes['zzqx-new']).toBeUndefined();
    lexemes['zzqx-new'] = 123_456;
    expect(lexemes['zzqx-new']).toBe(123_456);
    expect('zzqx-new' in lexemes).toBe(true);
  });

  it('has every other part of the package model', () => {
    const own = require('wink-eng-lite-web-model') as Record<string, unknown>;
    const model = readWinkModel() as unknown as Record<string, unknown>;
    expect(Object.keys(model).sort()).toEqual(Object.keys(own).sort());
    for (const key of ['sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER', 'featureFn']) expect(model[key], key).toBe(own[key]);
    expect(model.addons).toEqual(own.addons);
  });
});
