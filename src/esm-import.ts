/**
 * Import an ES module by URL (a config run from memory is a `data:` URL).
 *
 * The command line's bundles are CommonJS scripts run with V8's code cache
 * (`code-cache.ts`), and in Node 20 code from such a script cannot call
 * `import()`. This module stays an ES module beside them (`dist/bin/esm-import.js`),
 * which they `require`.
 */
export function importModule(url: string): Promise<unknown> {
  return import(url);
}
