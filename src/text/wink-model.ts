import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type winkNLP from 'wink-nlp';

/** wink-nlp's model, as its factory takes it. */
export type WinkModel = Parameters<typeof winkNLP>[0];

const requireHere = createRequire(import.meta.url);
/** The package's files: its main module reads the core model at require time, so this one is not required. */
const dist = path.dirname(requireHere.resolve('wink-eng-lite-web-model'));

/** The core model's JSON as it is stored: features with their lists, two base64 tables. */
interface StoredCore {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }> & {
    posClusters: { list: (string | Set<number>)[] };
  };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/**
 * wink-eng-lite-web-model (pinned at 1.8.1), read the way its own
 * `read-core-model.js` and `load-core-model.js` do, but faster. Those copy
 * the 3 MB model through `JSON.parse(JSON.stringify(…))` and decode its
 * base64 tables one byte at a time in JavaScript: 0.15 s of the 0.35 s the
 * model took to load, on the path to a build's first quote card. Here the
 * JSON is parsed once from the file (nothing else holds it, so nothing
 * needs a copy) and Buffer decodes the tables. The other parts of the model
 * come from the package's own files. A test checks the result equals the
 * package's model.
 */
export function readWinkModel(): WinkModel {
  const part = (file: string): unknown => requireHere(path.join(dist, file));
  return {
    core: readCore,
    sbd: part('load-sbd-model.js'),
    pos: part('load-pos-model.js'),
    ner: part('load-ner-model.js'),
    negation: part('load-negation-model.js'),
    sa: part('load-sa-model.js'),
    metaCER: part('load-cer-meta-model.js'),
    featureFn: part('feature.js'),
    addons: { stem: part('porter-stemmer.js'), lemmatize: part('lemmatize.js'), readabilityStats: part('readability-stats.js'), wordVectors: undefined },
  } as unknown as WinkModel;
}

/** The core model, as `load-core-model.js` returns it. */
export function readCore(): StoredCore {
  const model = JSON.parse(readFileSync(path.join(dist, 'languages/cur/models/eng-core-web-model.json'), 'utf8')) as StoredCore;
  const { packing, features } = model;
  model.lexicon = words32(model.lexicon as string);
  model.xpansions = words32(model.xpansions as string);
  // read-core-model.js: a name → index table for every feature with a list.
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = indexOf(features[f]!.list);
  features.lexeme!.hash = lexemeIndex(features.lexeme!.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => model.pos.hash[e] || 0));
  // load-core-model.js: sizes the cache starts from, and the features that are extracted.
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme!.intrinsicSize = features.lexeme!.list.length;
  features.lexeme!.index = features.lexeme!.list.length;
  return model;
}

/** A base64 table as 32-bit words, in a buffer of its own (Buffer's may be shared and unaligned). */
function words32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

/**
 * The lexeme table (88,000 words) as an object, the way wink-nlp reads and
 * extends it (`hash[word]`, `hash[word] = index`), kept in a Map. An object
 * with that many keys took 70–130 ms to fill on the card worker's way to
 * the tags; the Map fills in a third of that. wink-nlp only reads and
 * writes single keys, which is all the proxy passes on.
 */
function lexemeIndex(list: readonly string[]): Record<string, number> {
  const index = new Map<string, number>();
  for (let k = 0; k < list.length; k++) index.set(list[k]!, k);
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_, key) => (typeof key === 'string' ? index.get(key) : undefined),
    set: (_, key, value: number) => {
      if (typeof key !== 'string') return false;
      index.set(key, value);
      return true;
    },
    has: (_, key) => typeof key === 'string' && index.has(key),
  });
}

function indexOf(list: readonly string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
  return hash;
}
