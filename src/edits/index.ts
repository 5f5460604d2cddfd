export { applyEdits, applyParsedEdits, type EditsOptions } from './apply.js';
export { editsFileText } from './init.js';
export { loadEdits } from './load.js';
export { parseEdits } from './parse.js';
export { applyQuoteEdits } from './quotes.js';
export type { Edits } from './types.js';
