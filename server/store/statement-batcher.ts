/**
 * The queue behind group commit and batched reads (create-batcher.ts, update-batcher.ts,
 * get-batcher.ts): at most `maxInFlight` statements at once; what arrives meanwhile waits and
 * goes with the next statement, up to `maxBatch` items. A lone item goes out at once, so a quiet
 * store adds no latency; under load the batches form by themselves.
 *
 * `send` answers a batch with one outcome per item, in the batch's order; if it throws, every
 * item of the batch fails with that error.
 */
export class StatementBatcher<I, O> {
  private queue: { item: I; resolve(o: O): void; reject(err: unknown): void }[] = [];
  private inFlight = 0;
  /** Statements sent and items they carried (for tests and benchmarks). */
  readonly stats = { statements: 0, items: 0 };

  constructor(
    private readonly maxInFlight: number,
    private readonly maxBatch: number,
    private readonly send: (items: I[]) => Promise<O[]>,
  ) {}

  submit(item: I): Promise<O> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0 && this.inFlight < this.maxInFlight) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      void this.flush(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async flush(batch: { item: I; resolve(o: O): void; reject(err: unknown): void }[]): Promise<void> {
    this.stats.statements++;
    this.stats.items += batch.length;
    try {
      const out = await this.send(batch.map((p) => p.item));
      batch.forEach((p, i) => p.resolve(out[i]!));
    } catch (err) {
      for (const p of batch) p.reject(err);
    }
  }
}
