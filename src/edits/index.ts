export { applyEdits, applyParsedEdits, type EditsOptions } from './apply.js';
export { editsFileText } from './init.js';
export { loadEdits, parseEdits } from './load.js';
export { applyQuoteEdits } from './quotes.js';
export type { Edits } from './types.js';
