import type { CliIo } from '../cli-io';

/**
 * Progress for long CLI work (DESIGN §6): on a terminal, one status line on stderr redrawn in place, with
 * finished items and log lines printed above it; elsewhere (CI, pipes) plain lines only, no control codes.
 */
export class ProgressDisplay {
  private status = '';
  private readonly tty: boolean;

  constructor(private readonly io: CliIo) {
    this.tty = io.isTty === true;
  }

  /** Replaces the status line (terminals only). */
  update(status: string): void {
    if (!this.tty) return;
    this.status = status.length > 120 ? `${status.slice(0, 119)}…` : status;
    this.io.stderr(`\r\x1b[2K${this.status}`);
  }

  /** Prints a finished item's line to stdout, keeping the status line below it. */
  line(text: string): void {
    this.clear();
    this.io.stdout(`${text}\n`);
    this.redraw();
  }

  /** Prints a diagnostic (a log line) to stderr, keeping the status line below it. */
  note(text: string): void {
    this.clear();
    this.io.stderr(text.endsWith('\n') ? text : `${text}\n`);
    this.redraw();
  }

  /** Removes the status line for good. */
  done(): void {
    this.clear();
    this.status = '';
  }

  private clear(): void {
    if (this.tty && this.status) this.io.stderr('\r\x1b[2K');
  }

  private redraw(): void {
    if (this.tty && this.status) this.io.stderr(this.status);
  }
}
