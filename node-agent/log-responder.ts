/**
 * Serves `capstan logs` from this node: the API server asks over the agent's own graphql-ws
 * connection (`agentLogRequests`, so it works behind NAT) and the agent answers with
 * `sendPodLogChunk`: whole lines, batched into chunks of up to `maxChunkBytes` or `flushMs`,
 * in order, one request in flight per stream. CANCEL (or a false answer: the reader left)
 * stops the stream. Errors start with a code: `NOT_FOUND: …`, `UNAVAILABLE: …`.
 */
import type { Logger } from 'pino';
import type { ApiClient } from './api-client.ts';
import type { AgentLogRequestsSubscription } from '../api/generated/operations.ts';
import { AGENT_LOG_REQUESTS, SEND_LOG_CHUNK } from './queries.ts';
import type { Runtime } from './runtime/types.ts';

/** A log request the server relays to this node (the `agentLogRequests` subscription). */
export type AgentLogRequest = AgentLogRequestsSubscription['agentLogRequests'];

export interface LogResponderOptions {
  client: ApiClient;
  runtime: Runtime;
  log: Logger;
  /** The uid of the pod `namespace/name` on this node, if it has one. */
  podUid(namespace: string, name: string): string | undefined;
  maxChunkBytes?: number;
  flushMs?: number;
}

class StreamError extends Error {}

export class LogResponder {
  private readonly streams = new Map<string, AbortController>();
  private unsubscribe: (() => void) | undefined;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;
  private failures = 0;

  constructor(private readonly opts: LogResponderOptions) {}

  start(): void {
    if (this.closed) return;
    let ended = false;
    const again = () => {
      if (ended || this.closed) return;
      ended = true;
      this.unsubscribe?.();
      const ms = Math.min(10_000, 250 * 2 ** this.failures++);
      this.retry = setTimeout(() => this.start(), ms);
    };
    this.unsubscribe = this.opts.client.subscribe(AGENT_LOG_REQUESTS, {}, {
      next: ({ agentLogRequests: r }) => {
        this.failures = 0;
        if (r.type === 'CANCEL') this.streams.get(r.requestId)?.abort();
        else void this.serve(r);
      },
      error: (err) => {
        this.opts.log.debug({ err: err.message }, 'log request subscription failed; subscribing again');
        again();
      },
      complete: again,
    });
  }

  /** Finds the runtime container: the latest attempt, or the one before with `previous`. */
  private async findContainer(r: AgentLogRequest): Promise<string> {
    const uid = r.podUid ?? this.opts.podUid(r.namespace, r.pod);
    if (!uid) throw new StreamError(`NOT_FOUND: pod ${r.namespace}/${r.pod} is not on this node`);
    const attempts = (await this.opts.runtime.listContainers(uid)).filter((c) => c.name === r.container).sort((a, b) => b.attempt - a.attempt);
    if (r.previous) {
      const prev = attempts[1];
      if (!prev) throw new StreamError(`NOT_FOUND: previous terminated container "${r.container}" in pod "${r.pod}" not found`);
      return prev.id;
    }
    if (!attempts[0]) throw new StreamError(`NOT_FOUND: container "${r.container}" in pod "${r.pod}" has not started yet`);
    return attempts[0].id;
  }

  private async send(requestId: string, vars: { data?: string; done?: boolean; error?: string }): Promise<boolean> {
    const { sendPodLogChunk } = await this.opts.client.requestOnSocket<{ sendPodLogChunk: boolean }>(SEND_LOG_CHUNK, { requestId, ...vars });
    return sendPodLogChunk;
  }

  private async serve(r: AgentLogRequest): Promise<void> {
    const abort = new AbortController();
    this.streams.set(r.requestId, abort);
    const maxBytes = this.opts.maxChunkBytes ?? 64 * 1024;
    const flushMs = this.opts.flushMs ?? 50;
    let buffer = '';
    let sending: Promise<void> = Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    const flush = () => {
      if (timer) clearTimeout(timer);
      timer = undefined;
      if (!buffer) return sending;
      const data = buffer;
      buffer = '';
      sending = sending.then(async () => {
        if (abort.signal.aborted) return;
        if (!(await this.send(r.requestId, { data }))) abort.abort();
      });
      return sending;
    };
    try {
      const id = await this.findContainer(r);
      const opts = { follow: r.follow, signal: abort.signal, ...(r.tailLines != null ? { tailLines: r.tailLines } : {}), ...(r.sinceSeconds != null ? { sinceSeconds: r.sinceSeconds } : {}) };
      for await (const line of this.opts.runtime.logs(id, opts)) {
        if (abort.signal.aborted) break;
        buffer += line;
        if (buffer.length >= maxBytes) await flush();
        else if (!timer) timer = setTimeout(() => void flush().catch(() => abort.abort()), flushMs);
      }
      await flush();
      if (!abort.signal.aborted) await this.send(r.requestId, { done: true });
    } catch (err) {
      if (timer) clearTimeout(timer);
      if (!abort.signal.aborted) {
        const message = err instanceof StreamError ? err.message : `UNAVAILABLE: ${(err as Error).message}`;
        await sending.catch(() => {});
        await this.send(r.requestId, { error: message }).catch((e) => this.opts.log.debug({ err: (e as Error).message }, 'could not report a log error'));
      }
    } finally {
      this.streams.delete(r.requestId);
    }
  }

  close(): void {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.unsubscribe?.();
    for (const a of this.streams.values()) a.abort();
  }
}
