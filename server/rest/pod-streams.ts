/**
 * `kubectl exec`, `attach` and `port-forward` on the Kubernetes REST API: WebSocket upgrades of
 * `/api/v1/namespaces/NS/pods/NAME/{exec,attach,portforward}`, relayed to the pod's node agent
 * through the stream relay (server/api/streams/), so they work behind NAT, and through the
 * stream bus when the agent is connected to another API server.
 *
 * port-forward: see port-forward.ts (kubectl 1.32 tunnels SPDY/3.1 inside a WebSocket).
 *
 * exec and attach speak Kubernetes' channel protocol, `v5.channel.k8s.io` (or `v4`): every
 * binary message starts with a channel byte, 0 stdin, 1 stdout, 2 stderr, 3 error (one
 * metav1.Status JSON at the end: Success, or Failure with reason NonZeroExitCode and the exit
 * code in details.causes), 4 resize (`{"Width":W,"Height":H}`), and in v5 255 close (its one byte
 * names the stream the client closed: stdin EOF).
 *
 * Errors found before the upgrade (forbidden, no such pod or container, the node's agent not
 * connected) are answered as plain HTTP with a Status body, which kubectl prints as "Error from
 * server (...)". kubectl then retries the same request as a SPDY upgrade (its fallback), which
 * gets the same answer; a SPDY upgrade that would succeed is refused with 400, since only
 * WebSockets are served.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ApiContext } from '../api/context.ts';
import { openPodStream, resolvePodStream } from '../api/streams/stream-resolvers.ts';
import type { PodStreamHandle } from '../api/streams/stream-relay.ts';
import { CapstanError } from '../errors.ts';
import { servePortForward } from './port-forward.ts';
import { statusFromError, type KubeStatus } from './status.ts';

export interface PodStreamUpgradeOptions {
  req: http.IncomingMessage;
  socket: Duplex;
  head: Buffer;
  subresource: 'exec' | 'attach' | 'portforward';
  namespace: string;
  name: string;
  query: URLSearchParams;
  ctx: ApiContext;
}

/** The channel protocols served, best first. */
export const CHANNEL_PROTOCOLS = ['v5.channel.k8s.io', 'v4.channel.k8s.io'] as const;

export const enum Channel {
  Stdin = 0,
  Stdout = 1,
  Stderr = 2,
  Error = 3,
  Resize = 4,
  /** v5: the client closed the stream named by the next byte. */
  Close = 255,
}

/** The largest message a client may send (stdin data is relayed in pieces far below this). */
const MAX_CLIENT_MESSAGE = 1024 * 1024;

/** One WebSocketServer for every pod-stream upgrade: it only completes handshakes. */
const wss = new WebSocketServer({
  noServer: true,
  maxPayload: MAX_CLIENT_MESSAGE,
  perMessageDeflate: false,
  handleProtocols: (offered) => CHANNEL_PROTOCOLS.find((p) => offered.has(p)) ?? false,
});

/** The subprotocols the client offers (Sec-WebSocket-Protocol). */
function offeredProtocols(req: http.IncomingMessage): Set<string> {
  const header = req.headers['sec-websocket-protocol'];
  return new Set((Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((p) => p.trim()).filter(Boolean));
}

function isWebSocketUpgrade(req: http.IncomingMessage): boolean {
  return String(req.headers.upgrade ?? '').toLowerCase() === 'websocket';
}

/** Answers the upgrade request with a plain HTTP response carrying a Status. */
export function refuseUpgrade(socket: Duplex, status: KubeStatus): void {
  const body = JSON.stringify(status);
  const reason = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 422: 'Unprocessable Entity', 500: 'Internal Server Error', 503: 'Service Unavailable' }[status.code] ?? 'Error';
  if (!socket.writable) return void socket.destroy();
  // Destroyed once written: an upgrade's socket is paused, so it would never read the client's
  // FIN and would stay half-open (holding up the server's close).
  socket.end(
    `HTTP/1.1 ${status.code} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    () => socket.destroy(),
  );
}

function flag(query: URLSearchParams, name: string): boolean {
  const v = query.get(name);
  return v === 'true' || v === '1' || v === 'True';
}

/** The Status kubectl reads on the error channel when the command ended. */
export function exitStatus(exitCode: number | null): Record<string, unknown> {
  if (exitCode === null || exitCode === 0) return { metadata: {}, status: 'Success' };
  return {
    metadata: {},
    status: 'Failure',
    message: `command terminated with non-zero exit code: error executing command in container: exit status ${exitCode}`,
    reason: 'NonZeroExitCode',
    details: { causes: [{ reason: 'ExitCode', message: String(exitCode) }] },
  };
}

/**
 * Serves one exec, attach or portforward upgrade. The caller has authenticated the request and
 * built `ctx`; this checks authorization (`create` on Pod/exec, Pod/attach or Pod/portforward),
 * completes the WebSocket handshake and relays until either side ends. Never throws: failures
 * become HTTP answers (before the upgrade) or the error channel (after it).
 */
export function handlePodStreamUpgrade(opts: PodStreamUpgradeOptions): void {
  opts.socket.on('error', () => {});
  void serveUpgrade(opts).catch((err) => {
    opts.ctx.logger.error({ err }, 'unexpected error while serving a pod stream');
    if (opts.socket.writable) refuseUpgrade(opts.socket, statusFromError(err));
  });
}

async function serveUpgrade(opts: PodStreamUpgradeOptions): Promise<void> {
  const { req, socket, head, subresource, namespace, name, query, ctx } = opts;
  const offered = offeredProtocols(req);
  const target = { resource: 'pods', name };
  if (subresource === 'portforward') {
    await servePortForward({ req, socket, head, namespace, name, ctx, offered, refuse: (status) => refuseUpgrade(socket, status) });
    return;
  }
  const stdin = flag(query, 'stdin');
  const tty = flag(query, 'tty');
  let stream: PodStreamHandle;
  try {
    const request = {
      kind: subresource === 'exec' ? ('EXEC' as const) : ('ATTACH' as const),
      namespace,
      name,
      container: query.get('container'),
      command: query.getAll('command'),
      stdin,
      tty,
    };
    if (!isWebSocketUpgrade(req) || !CHANNEL_PROTOCOLS.some((p) => offered.has(p))) {
      // kubectl retries a refused WebSocket upgrade as a SPDY upgrade: give it the same answer
      // (the real reason) when there is one, and otherwise say what is served.
      const { node } = await resolvePodStream(ctx, request);
      await ctx.streamRelay.assertReachable(node);
      throw new CapstanError('INVALID', `${subresource} is served over WebSockets only, with subprotocol ${CHANNEL_PROTOCOLS.join(' or ')} (kubectl 1.30 or newer)`);
    }
    stream = await openPodStream(ctx, request);
  } catch (err) {
    refuseUpgrade(socket, statusFromError(err, target, 'request'));
    return;
  }
  if (!socket.writable) {
    stream.close();
    return;
  }
  wss.handleUpgrade(req, socket, head, (ws) => relayChannels(ws, stream, ctx));
}

/** Relays between a channel-protocol WebSocket and a pod stream until either ends. */
function relayChannels(ws: WebSocket, stream: PodStreamHandle, ctx: ApiContext): void {
  const v5 = ws.protocol === 'v5.channel.k8s.io';
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    stream.close();
  };
  ws.on('close', finish);
  ws.on('error', finish);

  let inputChain: Promise<void> = Promise.resolve();
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    const msg = isBinary ? data : Buffer.from(data);
    if (msg.length === 0) return;
    const channel = msg[0]!;
    const payload = msg.subarray(1);
    switch (channel) {
      case Channel.Stdin:
        if (payload.length === 0) return;
        // Hold the client while the agent's channel is backed up (stream.write waits).
        ws.pause();
        inputChain = inputChain.then(() => stream.write(Buffer.from(payload))).finally(() => ws.resume());
        return;
      case Channel.Resize:
        try {
          const size = JSON.parse(payload.toString('utf8')) as { Width?: unknown; Height?: unknown };
          if (typeof size.Width === 'number' && typeof size.Height === 'number') stream.resize(size.Width, size.Height);
        } catch {
          // not a size: ignored, as the kubelet does
        }
        return;
      case Channel.Close:
        if (v5 && payload[0] === Channel.Stdin) inputChain = inputChain.then(() => stream.closeStdin());
        return;
      default:
        return;
    }
  });

  const send = (buf: Buffer) =>
    new Promise<void>((resolve) => {
      if (ws.readyState !== ws.OPEN) return resolve();
      // Resolves once written to the socket: a slow client holds the relay (and the agent) back.
      ws.send(buf, { binary: true }, () => resolve());
    });

  void (async () => {
    let status: Record<string, unknown>;
    try {
      for await (const out of stream.output()) {
        const channel = out.stream === 'STDERR' ? Channel.Stderr : Channel.Stdout;
        await send(Buffer.concat([Buffer.from([channel]), out.data]));
      }
      status = exitStatus(stream.exitCode);
    } catch (err) {
      const s = statusFromError(err, { resource: 'pods', name: stream.target.pod });
      status = { metadata: {}, status: 'Failure', message: s.message, reason: s.reason, code: s.code };
    }
    if (finished) return;
    await send(Buffer.concat([Buffer.from([Channel.Error]), Buffer.from(JSON.stringify(status))]));
    ws.close(1000);
    finish();
  })().catch((err) => {
    ctx.logger.error({ err }, 'unexpected error while relaying a pod stream');
    ws.terminate();
    finish();
  });
}
