import { styleText } from 'node:util';

/** Colour only on a terminal, and never when NO_COLOR is set. */
export function paint(stream: NodeJS.WriteStream, style: Parameters<typeof styleText>[0], text: string): string {
  return stream.isTTY && !process.env.NO_COLOR ? styleText(style, text) : text;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Progress on a terminal: one status line on stderr, rewritten in place
 * ("[12/100] episode-slug"). When stderr is piped it prints nothing; the
 * per-file lines on stdout already tell the story.
 */
export class Progress {
  private shown = false;
  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number, label: string): void {
    if (!this.stream.isTTY || this.total < 2) return;
    const line = `[${done}/${this.total}] ${label}`.slice(0, (this.stream.columns || 80) - 1);
    this.stream.write(`\r\u001b[2K${line}`);
    this.shown = true;
  }

  /** Clear the status line before printing a normal line. */
  clear(): void {
    if (this.shown) this.stream.write('\r\u001b[2K');
    this.shown = false;
  }
}
