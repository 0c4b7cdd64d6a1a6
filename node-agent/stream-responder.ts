/**
 * Serves `kubectl exec`, `attach` and `port-forward` on this node: the API server asks over the
 * agent's own graphql-ws connection (`agentStreamRequests`, so it works behind NAT) and the agent
 * answers with `sendPodStreamChunk`: output in order (at most `maxChunkBytes` per call, one call
 * in flight per stream, so a slow client slows the command down through its pipes), then the
 * exit code with `done`, or an `error` that starts with a code (`NOT_FOUND: …`).
 *
 * STDIN that arrives before the command has started is kept until it has. Input the command
 * does not read is bounded too: past `maxStdinBytes` waiting in its pipe, the stream ends with
 * an error (the API server holds the client back first, but cannot see the pipe).
 *
 * A node serves only its own pods: the pod's uid must be one this agent runs.
 */
import net from 'node:net';
import type { Logger } from 'pino';
import type { ApiClient } from './api-client.ts';
import type { AgentStreamRequestsSubscription } from '../api/generated/operations.ts';
import { AGENT_STREAM_REQUESTS, SEND_STREAM_CHUNK } from './queries.ts';
import type { Runtime, StreamSession } from './runtime/types.ts';

/** An exec, attach or port-forward request the server relays to this node (the `agentStreamRequests` subscription). */
export type AgentStreamRequest = AgentStreamRequestsSubscription['agentStreamRequests'];

export interface StreamResponderOptions {
  client: ApiClient;
  runtime: Runtime;
  log: Logger;
  /** The uid of the pod `namespace/name` on this node, if it has one. */
  podUid(namespace: string, name: string): string | undefined;
  maxChunkBytes?: number;
  maxStdinBytes?: number;
  /** How long a tty exec waits for the client's first terminal size before it starts (default 500 ms). */
  initialSizeWaitMs?: number;
}

class StreamError extends Error {}

type Chunk = { stream?: 'STDOUT' | 'STDERR'; data?: string; exitCode?: number; error?: string; done?: boolean };

/** One stream being served. */
class Serving {
  readonly abort = new AbortController();
  session: StreamSession | undefined;
  /** Input that came before the session started. */
  early: AgentStreamRequest[] = [];
  /** Called when a RESIZE arrives before the session started. */
  onEarlyResize: (() => void) | undefined;
  constructor(readonly request: AgentStreamRequest) {}
}

export class StreamResponder {
  private readonly streams = new Map<string, Serving>();
  private unsubscribe: (() => void) | undefined;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;
  private failures = 0;

  constructor(private readonly opts: StreamResponderOptions) {}

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
    this.unsubscribe = this.opts.client.subscribe(AGENT_STREAM_REQUESTS, {}, {
      next: ({ agentStreamRequests: r }) => {
        this.failures = 0;
        this.handle(r);
      },
      error: (err) => {
        this.opts.log.debug({ err: err.message }, 'pod stream request subscription failed; subscribing again');
        again();
      },
      complete: again,
    });
  }

  close(): void {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.unsubscribe?.();
    for (const s of this.streams.values()) s.abort.abort();
  }

  private handle(r: AgentStreamRequest): void {
    if (r.type === 'START') {
      if (this.streams.has(r.requestId)) return;
      const serving = new Serving(r);
      this.streams.set(r.requestId, serving);
      void this.serve(serving);
      return;
    }
    const serving = this.streams.get(r.requestId);
    if (!serving) return;
    if (r.type === 'CANCEL') serving.abort.abort();
    else if (!serving.session) {
      serving.early.push(r);
      if (r.type === 'RESIZE') serving.onEarlyResize?.();
    }
    else this.input(serving, r);
  }

  private input(serving: Serving, r: AgentStreamRequest): void {
    const session = serving.session!;
    if (r.type === 'RESIZE') {
      if (r.width && r.height) session.resize(r.width, r.height);
      return;
    }
    const stdin = session.stdin;
    if (!stdin) return;
    if (r.data) {
      stdin.write(Buffer.from(r.data, 'base64'));
      const waiting = (stdin as NodeJS.WritableStream & { writableLength?: number }).writableLength ?? 0;
      if (waiting > (this.opts.maxStdinBytes ?? 8 * 1024 * 1024)) {
        void this.send(serving.request.requestId, { error: `UNAVAILABLE: the command is not reading its input: more than ${waiting} bytes wait for it; the stream was ended` }).catch(() => {});
        serving.abort.abort();
      }
    }
    if (r.eof) stdin.end();
  }

  private async send(requestId: string, vars: Chunk): Promise<boolean> {
    const { sendPodStreamChunk } = await this.opts.client.requestOnSocket<{ sendPodStreamChunk: boolean }>(SEND_STREAM_CHUNK, { requestId, ...vars });
    return sendPodStreamChunk;
  }

  /** The running container the request names (its latest attempt). */
  private async findContainer(r: AgentStreamRequest, uid: string): Promise<string> {
    const attempts = (await this.opts.runtime.listContainers(uid)).filter((c) => c.name === r.container).sort((a, b) => b.attempt - a.attempt);
    const latest = attempts[0];
    if (!latest) throw new StreamError(`NOT_FOUND: container "${r.container}" in pod "${r.pod}" has not started yet`);
    if (latest.state !== 'running') throw new StreamError(`INVALID: container "${r.container}" in pod "${r.pod}" is not running`);
    return latest.id;
  }

  private async open(serving: Serving, signal: AbortSignal): Promise<StreamSession> {
    const r = serving.request;
    const uid = this.opts.podUid(r.namespace ?? '', r.pod ?? '');
    if (!uid || (r.podUid && r.podUid !== uid)) throw new StreamError(`NOT_FOUND: pod ${r.namespace}/${r.pod} is not on this node`);
    if (r.kind === 'PORTFORWARD') return this.connectPort(uid, r.port ?? 0, signal);
    const id = await this.findContainer(r, uid);
    if (r.kind === 'ATTACH') return this.opts.runtime.attach(id, { stdin: !!r.stdin, signal });
    const size = r.tty ? await this.initialSize(serving) : undefined;
    return this.opts.runtime.execStream(id, { command: r.command ?? [], stdin: !!r.stdin, tty: !!r.tty, ...(size ? { size } : {}), signal });
  }

  /**
   * A tty's first size: kubectl sends it on the resize channel right after connecting, which is
   * after the START went out; waiting a moment for it lets the command start at its real size.
   */
  private async initialSize(serving: Serving): Promise<{ width: number; height: number } | undefined> {
    const find = () => serving.early.findLast((e) => e.type === 'RESIZE' && e.width && e.height);
    if (!find()) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.opts.initialSizeWaitMs ?? 500);
        serving.onEarlyResize = () => {
          clearTimeout(timer);
          resolve();
        };
        serving.abort.signal.addEventListener('abort', () => resolve(), { once: true });
      });
      serving.onEarlyResize = undefined;
    }
    const resize = find();
    return resize ? { width: resize.width!, height: resize.height! } : undefined;
  }

  /** A TCP connection to the pod's IP and `port`, as a session (no exit code). */
  private async connectPort(uid: string, port: number, signal: AbortSignal): Promise<StreamSession> {
    const sandbox = (await this.opts.runtime.listSandboxes()).find((s) => s.uid === uid);
    if (!sandbox) throw new StreamError('NOT_FOUND: the pod has no sandbox on this node');
    const socket = net.connect({ host: sandbox.ip, port });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', (err) => reject(new StreamError(`UNAVAILABLE: cannot connect to port ${port} of the pod (${sandbox.ip}): ${err.message}`)));
    });
    socket.on('error', () => {});
    signal.addEventListener('abort', () => socket.destroy(), { once: true });
    const exited = new Promise<number>((resolve) => socket.once('close', () => resolve(0)));
    return { stdin: socket, stdout: socket, stderr: null, resize() {}, exited };
  }

  private async serve(serving: Serving): Promise<void> {
    const r = serving.request;
    const { signal } = serving.abort;
    const maxBytes = this.opts.maxChunkBytes ?? 64 * 1024;
    // One call in flight per stream, in order; both outputs go through it.
    let sending: Promise<void> = Promise.resolve();
    const post = (stream: 'STDOUT' | 'STDERR', data: Buffer) => {
      sending = sending.then(async () => {
        if (signal.aborted) return;
        for (let at = 0; at < data.length; at += maxBytes) {
          if (!(await this.send(r.requestId, { stream, data: data.subarray(at, at + maxBytes).toString('base64') }))) {
            serving.abort.abort();
            return;
          }
        }
      });
      return sending;
    };
    const pump = async (stream: 'STDOUT' | 'STDERR', from: NodeJS.ReadableStream | null) => {
      if (!from) return;
      try {
        for await (const chunk of from as AsyncIterable<Buffer | string>) {
          if (signal.aborted) break;
          await post(stream, typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
        }
      } catch {
        // the stream was destroyed (cancelled)
      }
    };
    try {
      const session = await this.open(serving, signal);
      serving.session = session;
      for (const early of serving.early.splice(0)) this.input(serving, early);
      await Promise.all([pump('STDOUT', session.stdout), pump('STDERR', session.stderr)]);
      const exitCode = await session.exited;
      await sending;
      if (!signal.aborted) await this.send(r.requestId, { ...(r.kind === 'EXEC' ? { exitCode } : {}), done: true });
    } catch (err) {
      if (!signal.aborted) {
        const text = (err as Error).message;
        const code = (err as { code?: unknown }).code;
        const message =
          err instanceof StreamError || /^[A-Z_]+: /.test(text)
            ? text
            : `${code === 'INVALID' || code === 'NOT_FOUND' || code === 'CONFLICT' ? code : 'UNAVAILABLE'}: ${text}`;
        await sending.catch(() => {});
        await this.send(r.requestId, { error: message }).catch((e) => this.opts.log.debug({ err: (e as Error).message }, 'could not report a pod stream error'));
      }
    } finally {
      serving.abort.abort();
      this.streams.delete(r.requestId);
    }
  }
}
