/**
 * Clients that behave as real ones do when their API server dies behind a load balancer, for
 * the availability tests:
 *
 * - `graphqlWatch` / `restWatch`: a ConfigMap watch (graphql-ws subscription, or REST
 *   `?watch=true` JSON lines) that, when its connection ends, opens a new one through the
 *   balancer from the last resourceVersion it saw (events and BOOKMARKs), as client-go's
 *   reflector does. It records every event it received, so a test can check for gaps and
 *   duplicates.
 * - `followLog`: `pods/<name>/log?follow=true` through the balancer; when the stream ends or a
 *   request fails (the server died, or the node's agent is between servers and the read gets
 *   UNAVAILABLE), it asks again, as a user re-running `kubectl logs -f` would, and skips the
 *   lines it already has. The pod prints a counter, one number a line, so the union of what was
 *   read must be every number once.
 *
 * Reconnects back off from 50 ms to 1 s: a connection may land on the dead server until HAProxy's
 * health check takes it out of rotation.
 */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface WatchedEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  name: string;
  rv: bigint;
  /** The ConfigMap's `data.v`. */
  v: string | undefined;
  /** Which connection (0 = the first) delivered it. */
  connection: number;
  at: number;
}

export interface ResumingWatch {
  readonly events: WatchedEvent[];
  /** The last resourceVersion seen (event or BOOKMARK): where the next connection starts. */
  readonly lastRv: bigint;
  /** Connections opened after the first one. */
  readonly reconnects: number;
  /** When the current connection delivered its first message (event or BOOKMARK). */
  readonly connectedAt: number;
  /** Resolves once a connection is open and has delivered its first message. */
  established(): Promise<void>;
  /** Resolves when `lastRv` reaches `rv`. */
  reached(rv: bigint, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

interface Transport {
  /** Opens one connection from `rv`; calls `onMessage` per event, resolves when it ends (any reason). */
  open(rv: bigint, onMessage: (type: string, rv: bigint, object: { metadata?: { name?: string }; data?: Record<string, string> | null } | null) => void, signal: AbortSignal): Promise<void>;
}

function resuming(startRv: bigint, transport: Transport): ResumingWatch {
  const events: WatchedEvent[] = [];
  const stopped = new AbortController();
  let lastRv = startRv;
  let connections = 0;
  let connectedAt = 0;
  let firstMessage = false;
  const waiters = new Set<() => void>();
  const notify = () => waiters.forEach((w) => w());
  const until = (what: string, ok: () => boolean, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      if (ok()) return resolve();
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`watch: timed out waiting for ${what} (at ${lastRv}, ${connections} connections)`));
      }, timeoutMs);
      const check = () => {
        if (!ok()) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
    });

  const loop = async () => {
    let backoff = 50;
    while (!stopped.signal.aborted) {
      const connection = connections++;
      let delivered = false;
      await transport
        .open(
          lastRv,
          (type, rv, object) => {
            if (!delivered) {
              delivered = true;
              connectedAt = Date.now();
              firstMessage = true;
              backoff = 50;
            }
            if (type !== 'BOOKMARK') {
              events.push({ type: type as WatchedEvent['type'], name: object?.metadata?.name ?? '', rv, v: object?.data?.v, connection, at: Date.now() });
            }
            if (rv > lastRv) lastRv = rv;
            notify();
          },
          stopped.signal,
        )
        .catch(() => {});
      if (stopped.signal.aborted) break;
      await new Promise((r) => setTimeout(r, backoff));
      backoff = Math.min(1_000, backoff * 2);
    }
  };
  const running = loop();
  return {
    events,
    get lastRv() {
      return lastRv;
    },
    get reconnects() {
      return Math.max(0, connections - 1);
    },
    get connectedAt() {
      return connectedAt;
    },
    established: () => until('the first message', () => firstMessage, 20_000),
    reached: (rv, timeoutMs = 30_000) => until(`revision ${rv}`, () => lastRv >= rv, timeoutMs),
    async stop() {
      stopped.abort();
      await running;
    },
  };
}

const WATCH_CONFIGMAPS = `subscription($rv: String) {
  watchConfigMaps(namespace: "default", resourceVersion: $rv) { type resourceVersion object { metadata { name } data } }
}`;

/** A graphql-ws ConfigMap watch through `wsUrl` that resumes from its last resourceVersion. */
export function graphqlWatch(wsUrl: string, token: string, startRv: bigint): ResumingWatch {
  return resuming(startRv, {
    open(rv, onMessage, signal) {
      return new Promise<void>((resolve) => {
        const client: Client = createClient({
          url: wsUrl,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${token}` },
          // This watch resumes by itself, from where it got to: graphql-ws' own retry would
          // resubscribe with the first connection's resourceVersion.
          retryAttempts: 0,
          // A connection that HAProxy accepted for a dead server: give up instead of hanging.
          connectionAckWaitTimeout: 3_000,
          keepAlive: 1_000,
        });
        const done = () => {
          signal.removeEventListener('abort', done);
          void client.dispose();
          resolve();
        };
        signal.addEventListener('abort', done);
        client.subscribe<{ watchConfigMaps: { type: string; resourceVersion: string; object: any } }>(
          { query: WATCH_CONFIGMAPS, variables: { rv: rv.toString() } },
          {
            next: (r) => {
              const e = r.data?.watchConfigMaps;
              if (e) onMessage(e.type, BigInt(e.resourceVersion), e.object);
            },
            error: done,
            complete: done,
          },
        );
      });
    },
  });
}

/** A REST (`?watch=true`) ConfigMap watch through `baseUrl` that resumes from its last resourceVersion. */
export function restWatch(baseUrl: string, token: string, startRv: bigint): ResumingWatch {
  return resuming(startRv, {
    async open(rv, onMessage, signal) {
      const res = await fetch(`${baseUrl}/api/v1/namespaces/default/configmaps?watch=true&allowWatchBookmarks=true&resourceVersion=${rv}`, {
        headers: { authorization: `Bearer ${token}` },
        signal,
      });
      if (res.status !== 200 || !res.body) {
        await res.body?.cancel();
        return;
      }
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          if (!line.trim()) continue;
          const e = JSON.parse(line) as { type: string; object: any };
          // An ERROR (e.g. 410 Expired) ends this connection; the test sees no progress and fails.
          if (e.type === 'ERROR') return;
          onMessage(e.type, BigInt(e.object.metadata.resourceVersion), e.object);
        }
      }
    },
  });
}

export interface FollowedLog {
  /** Numbers read, in the order first read. */
  readonly numbers: number[];
  /** Counter values that were skipped between two lines read (should stay empty). */
  readonly gaps: string[];
  /** Requests made after the first one. */
  readonly retries: number;
  /** Non-200 answers, by status. */
  readonly refusals: Map<number, number>;
  /** When the latest request delivered its first line not read before. */
  readonly resumedAt: number;
  /** Resolves once a line with a number above `n` has been read. */
  beyond(n: number, timeoutMs?: number): Promise<number>;
  stop(): Promise<void>;
}

/** `kubectl logs -f` through the balancer, re-run whenever it ends; the pod prints 0, 1, 2, … one a line. */
export function followLog(baseUrl: string, token: string, namespace: string, pod: string): FollowedLog {
  const numbers: number[] = [];
  const gaps: string[] = [];
  const refusals = new Map<number, number>();
  const stopped = new AbortController();
  let requests = 0;
  let max = -1;
  let fresh = true;
  let resumedAt = 0;
  const waiters = new Set<() => void>();

  const take = (line: string) => {
    if (!/^\d+$/.test(line)) return;
    const n = Number(line);
    // A re-read starts from the beginning of the log: skip what we have.
    if (n <= max) return;
    if (n !== max + 1) gaps.push(`${max + 1}..${n - 1}`);
    if (fresh) {
      fresh = false;
      resumedAt = Date.now();
    }
    max = n;
    numbers.push(n);
    waiters.forEach((w) => w());
  };

  const loop = async () => {
    let backoff = 50;
    while (!stopped.signal.aborted) {
      requests++;
      fresh = true;
      try {
        const res = await fetch(`${baseUrl}/api/v1/namespaces/${namespace}/pods/${pod}/log?follow=true`, { headers: { authorization: `Bearer ${token}` }, signal: stopped.signal });
        if (res.status !== 200 || !res.body) {
          refusals.set(res.status, (refusals.get(res.status) ?? 0) + 1);
          await res.body?.cancel();
        } else {
          backoff = 50;
          const decoder = new TextDecoder();
          let buffer = '';
          for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
            buffer += decoder.decode(chunk, { stream: true });
            let nl: number;
            while ((nl = buffer.indexOf('\n')) >= 0) {
              take(buffer.slice(0, nl));
              buffer = buffer.slice(nl + 1);
            }
          }
        }
      } catch {
        /* the connection died: ask again */
      }
      if (stopped.signal.aborted) break;
      await new Promise((r) => setTimeout(r, backoff));
      backoff = Math.min(1_000, backoff * 2);
    }
  };
  const running = loop();
  return {
    numbers,
    gaps,
    refusals,
    get retries() {
      return Math.max(0, requests - 1);
    },
    get resumedAt() {
      return resumedAt;
    },
    beyond: (n, timeoutMs = 30_000) =>
      new Promise<number>((resolve, reject) => {
        if (max > n) return resolve(Date.now());
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`log of ${pod}: no line beyond ${n} in ${timeoutMs} ms (at ${max}, ${requests} requests, refusals ${JSON.stringify([...refusals])})`));
        }, timeoutMs);
        const check = () => {
          if (max <= n) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(Date.now());
        };
        waiters.add(check);
      }),
    async stop() {
      stopped.abort();
      await running;
    },
  };
}
