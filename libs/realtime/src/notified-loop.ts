export interface LoopLogger {
  error(obj: object, msg: string): void;
}

/**
 * Runs `round` again and again: at once while it finds work or was nudged meanwhile (a NOTIFY),
 * otherwise after `pollMs` (a lost notice, a row waiting for its retry time). One round at a time.
 */
export class NotifiedLoop {
  lastRoundAt = Date.now();
  private stopped = true;
  private wake: (() => void) | null = null;
  private pending = false;
  private loop: Promise<void> | null = null;

  constructor(
    private readonly name: string,
    /** Returns how many items it handled (0: nothing to do). */
    private readonly round: () => Promise<number>,
    private readonly logger: LoopLogger,
    private readonly pollMs = 1_000,
  ) {}

  start(): void {
    this.stopped = false;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.nudge();
    await this.loop;
  }

  nudge(): void {
    this.pending = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      this.pending = false;
      let handled = 0;
      try {
        handled = await this.round();
      } catch (error) {
        this.logger.error({ err: error, loop: this.name }, 'loop round failed; retrying');
        await this.sleep(this.pollMs);
      }
      this.lastRoundAt = Date.now();
      if (handled === 0 && !this.pending) await this.sleep(this.pollMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = null;
        done();
      };
    });
  }
}
