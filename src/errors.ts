/**
 * An error the user can fix: it names the file (and line and column where one
 * applies) and says what was expected. The CLI prints `message` without a
 * stack trace; `cause` keeps the underlying error for `--verbose`-style tools.
 */
export class CastwrightError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(message: string, options: { file?: string; line?: number; column?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CastwrightError';
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
  }

  /** `file:line:column: message`, the shape editors and terminals link. */
  get location(): string {
    if (this.file === undefined) return '';
    if (this.line === undefined) return this.file;
    return `${this.file}:${this.line}${this.column === undefined ? '' : `:${this.column}`}`;
  }

  override toString(): string {
    const where = this.location;
    return where ? `${where}: ${this.message}` : this.message;
  }
}

/** A content problem that does not stop the build; printed with its position. */
export interface Warning {
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** Machine-readable kind, e.g. `timing/overlap`, `feed/missing-audio`. */
  rule?: string;
}

/** Line and column (1-based) of a character offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function formatWarning(w: Warning): string {
  const where =
    w.file === undefined
      ? ''
      : `${w.file}${w.line === undefined ? '' : `:${w.line}${w.column === undefined ? '' : `:${w.column}`}`}: `;
  return `${where}${w.message}`;
}
