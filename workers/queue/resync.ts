/**
 * The safety net of level-triggered controllers: every so often, enqueue every key of every
 * controller. It also rebuilds the queues after Redis lost them, since every key comes from
 * Postgres. Keys already waiting collapse, so a resync costs one add per key.
 */
import type { Logger } from 'pino';
import type { Store } from '../../server/store/store.ts';
import type { Controller } from '../controller.ts';

export interface ResyncOptions {
  /** Between two resyncs. Default 5 minutes. */
  intervalMs?: number;
}

export type EnqueueFn = (controller: string, keys: string[]) => Promise<void>;

/** Enqueues every key of each controller once. */
export async function resyncAll(store: Store, controllers: Iterable<Controller>, enqueue: EnqueueFn): Promise<void> {
  for (const c of controllers) {
    const keys = await c.listKeys(store);
    await enqueue(c.name, keys);
  }
}

export class PeriodicResync {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();
  readonly intervalMs: number;

  constructor(
    private readonly store: Store,
    private readonly controllers: () => Iterable<Controller>,
    private readonly enqueue: EnqueueFn,
    private readonly log: Logger,
    opts: ResyncOptions = {},
  ) {
    this.intervalMs = opts.intervalMs ?? 5 * 60_000;
    if (!(this.intervalMs > 0)) throw new RangeError('intervalMs must be positive');
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      // One at a time: a slow resync is not stacked under the next one.
      this.running = this.running.then(() =>
        resyncAll(this.store, this.controllers(), this.enqueue).catch((err) => this.log.warn({ err }, 'resync failed')),
      );
    }, this.intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
