/** A file a build would write: `path` is relative to the output folder. */
export interface OutputFile {
  path: string;
  contents: string | Uint8Array;
}
