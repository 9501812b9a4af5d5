import { progressLine } from '@/lib/ingest/progress';

/**
 * A progress line on stderr: redrawn in place on a terminal (at most five times a second), one line every ten
 * seconds otherwise (logs, CI).
 */
export class ProgressBar {
  private readonly started = performance.now();
  private lastDrawn = -Infinity;
  private line = '';

  constructor(
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number, total: number): void {
    const now = performance.now();
    this.line = `${this.label} ${progressLine(done, total, now - this.started)}`;
    const every = this.stream.isTTY ? 200 : 10_000;
    if (now - this.lastDrawn < every && done < total) return;
    this.lastDrawn = now;
    this.stream.write(this.stream.isTTY ? `\r${this.line}\u001b[K` : `${this.line}\n`);
  }

  finish(): void {
    if (this.stream.isTTY && this.line) this.stream.write(`\r${this.line}\u001b[K\n`);
  }
}
