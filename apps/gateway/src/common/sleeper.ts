/**
 * The pause between rounds of a background loop (processing, outbox relay, deliveries): a nudge ends an
 * idle pause at once — or, arriving while the loop is busy, makes its next idle pause return at once, so
 * no nudge is lost — while a back-off pause after a failure only ends early on `interrupt()` (stopping).
 */
export class Sleeper {
  private nudged = false;
  private readonly idle = new Set<() => void>();
  private readonly all = new Set<() => void>();

  sleep(ms: number, { idle = true }: { idle?: boolean } = {}): Promise<void> {
    if (idle && this.nudged) {
      this.nudged = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.idle.delete(done);
        this.all.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.all.add(done);
      if (idle) this.idle.add(done);
    });
  }

  nudge(): void {
    if (this.idle.size === 0) this.nudged = true;
    for (const wake of [...this.idle]) wake();
  }

  /** Ends every pause, idle or not (used when stopping). */
  interrupt(): void {
    for (const wake of [...this.all]) wake();
  }
}
