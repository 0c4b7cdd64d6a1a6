/**
 * At most `concurrency` requests in flight; the rest wait their turn, first come first served.
 *
 * Hollow nodes share one for their pod status writes and deletion confirmations: when the
 * scheduler binds thousands of pods in a second, every node would otherwise write all of its
 * pods at once, thousands of requests would pile up in the API server, time out and be retried,
 * and the Lease renewals queued behind them would arrive too late: the nodes were then marked
 * unreachable and tainted. The kubelet bounds its client the same way (kube-api-qps) and renews
 * its Lease on a client of its own; Lease renewals and Node status do not go through this.
 */
export class RequestLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly concurrency: number) {
    if (!(concurrency >= 1)) throw new Error('concurrency must be at least 1');
  }

  /** Requests in flight and waiting (for tests and benchmarks). */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await fn();
    } finally {
      // The slot passes straight to the next in line, so `active` never dips in between.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
