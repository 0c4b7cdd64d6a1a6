/**
 * Follows podman's event stream for `die` events of Capstan's containers, so the agent hears of
 * exits without polling. Reconnects (from the last event's time) if the stream breaks.
 */
import type Docker from 'dockerode';
import { LABEL } from './container-status.ts';
import type { PodmanLogger } from './service.ts';

interface DieEvent {
  id?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
  Action?: string;
  status?: string;
  time?: number;
  timeNano?: number;
}

export class ExitWatcher {
  private stream: (NodeJS.ReadableStream & { destroy(): void }) | null = null;
  private stopped = false;
  private lastTime = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  /** Deaths already passed on: a reconnect replays the last second's events. */
  private readonly seen = new Set<string>();

  constructor(
    private readonly docker: Docker,
    private readonly logger: PodmanLogger | undefined,
    private readonly onDie: (id: string) => Promise<void>,
  ) {}

  /** Resolves once the stream is open (events after that are not missed). */
  async start(): Promise<void> {
    const since = this.lastTime || undefined;
    const stream = (await this.docker.getEvents({
      ...(since ? { since } : {}),
      // podman 4.3 answers nothing at all when `event` or `label` filters are given: filter here.
      filters: { type: ['container'] },
    })) as NodeJS.ReadableStream & { destroy(): void };
    if (this.stopped) {
      stream.destroy();
      return;
    }
    this.stream = stream;
    let partial = '';
    stream.on('data', (chunk: Buffer) => {
      const text = partial + chunk.toString('utf8');
      const lines = text.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) this.handle(line);
    });
    const reconnect = () => {
      if (this.stopped || this.stream !== stream) return;
      this.stream = null;
      this.retryTimer = setTimeout(() => {
        this.start().catch((err) => {
          this.logger?.warn({ err: (err as Error).message }, 'podman event stream: reconnect failed');
          reconnect();
        });
      }, 500);
    };
    stream.on('end', reconnect);
    stream.on('error', reconnect);
  }

  private handle(line: string): void {
    if (line.trim() === '') return;
    let event: DieEvent;
    try {
      event = JSON.parse(line) as DieEvent;
    } catch {
      return;
    }
    if ((event.Action ?? event.status) !== 'die') return;
    // Only Capstan's containers (a pod's infra container carries the pod labels, not this one).
    if (event.Actor?.Attributes?.[LABEL.CONTAINER_NAME] === undefined) return;
    if (event.time) this.lastTime = Math.max(this.lastTime, event.time);
    const id = event.Actor?.ID ?? event.id;
    if (!id) return;
    const key = `${id}:${event.timeNano ?? event.time ?? ''}`;
    if (this.seen.has(key)) return;
    if (this.seen.size >= 10_000) this.seen.delete(this.seen.values().next().value!);
    this.seen.add(key);
    this.onDie(id).catch((err) => this.logger?.warn({ err: (err as Error).message, id }, 'podman runtime: reading an exited container failed'));
  }

  stop(): void {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.stream?.destroy();
    this.stream = null;
  }
}
