/**
 * Events about pods (Pulled, Created, Started, Killing, BackOff, Unhealthy, …), as the kubelet
 * records them. The same event repeated within `dedupeMs` bumps the count of the first one
 * (one patch) instead of creating another object. Best effort: written two at a time in the
 * background; a failed write is logged, never retried, and never blocks the pod worker.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { ApiClient } from './api-client.ts';
import { CREATE_EVENT, PATCH_EVENT } from './queries.ts';

export interface EventTarget {
  namespace: string;
  name: string;
  uid: string;
  /** e.g. `spec.containers{web}`. */
  fieldPath?: string;
}

interface Seen {
  name: string;
  count: number;
  at: number;
}

const MAX_REMEMBERED = 5_000;
const MAX_IN_FLIGHT = 2;
const MAX_QUEUED = 1_000;

export class EventRecorder {
  private readonly seen = new Map<string, Seen>();
  private readonly queue: (() => Promise<void>)[] = [];
  private inFlight = 0;

  constructor(
    private readonly client: ApiClient,
    private readonly nodeName: string,
    private readonly log: Logger,
    private readonly dedupeMs = 10 * 60_000,
  ) {}

  record(target: EventTarget, type: 'Normal' | 'Warning', reason: string, message: string): void {
    if (this.queue.length >= MAX_QUEUED) {
      this.log.debug({ reason }, 'too many events waiting: dropping one');
      return;
    }
    this.queue.push(() => this.write(target, type, reason, message));
    this.pump();
  }

  /** Events are written a few at a time, so that a burst of them never delays pod status writes. */
  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.inFlight++;
      void job()
        .catch((err) => this.log.debug({ err: (err as Error).message }, 'could not record an event'))
        .finally(() => {
          this.inFlight--;
          this.pump();
        });
    }
  }

  private async write(target: EventTarget, type: string, reason: string, message: string): Promise<void> {
    const key = `${target.uid}\0${target.fieldPath ?? ''}\0${reason}\0${message}`;
    const now = Date.now();
    const ts = new Date(now).toISOString();
    const earlier = this.seen.get(key);
    if (earlier && now - earlier.at < this.dedupeMs) {
      earlier.count++;
      earlier.at = now;
      await this.client.request(PATCH_EVENT, { namespace: target.namespace, name: earlier.name, patch: { count: earlier.count, lastTimestamp: ts } });
      return;
    }
    const name = `${target.name}.${randomBytes(8).toString('hex')}`;
    if (this.seen.size >= MAX_REMEMBERED) this.seen.delete(this.seen.keys().next().value!);
    this.seen.set(key, { name, count: 1, at: now });
    await this.client.request(CREATE_EVENT, {
      namespace: target.namespace,
      event: {
        metadata: { name, namespace: target.namespace },
        involvedObject: { apiVersion: 'v1', kind: 'Pod', namespace: target.namespace, name: target.name, uid: target.uid, ...(target.fieldPath ? { fieldPath: target.fieldPath } : {}) },
        reason,
        message,
        type,
        count: 1,
        firstTimestamp: ts,
        lastTimestamp: ts,
        source: { component: 'kubelet', host: this.nodeName },
        reportingComponent: 'kubelet',
        reportingInstance: this.nodeName,
      },
    });
  }

  /** Forgets a pod's events (it is gone). */
  forget(uid: string): void {
    for (const key of this.seen.keys()) if (key.startsWith(`${uid}\0`)) this.seen.delete(key);
  }
}
