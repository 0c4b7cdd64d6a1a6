/**
 * `kubectl port-forward` (1.32): kubectl dials a WebSocket with subprotocol
 * `SPDY/3.1+portforward.k8s.io` and speaks SPDY/3.1 inside its binary messages (client-go's
 * tunneling dialer; the PortForwardWebsockets feature, on by default since 1.31). For every
 * local connection it opens two SPDY streams with headers `streamtype: error|data`, `port` and
 * `requestid`; the data stream carries the connection's bytes both ways, and whatever is written
 * to the error stream before its FIN is printed by kubectl as the connection's error.
 *
 * Each data stream becomes one PORTFORWARD stream of the relay: the pod's agent connects to the
 * pod's IP and port. kubectl's fallback, a plain SPDY upgrade, is refused (400): only the
 * WebSocket tunnel is served.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { createWebSocketStream, WebSocketServer, type WebSocket } from 'ws';
import type { ApiContext } from '../api/context.ts';
import { resolvePodStream } from '../api/streams/stream-resolvers.ts';
import type { PodStreamHandle, StreamTarget } from '../api/streams/stream-relay.ts';
import { CapstanError } from '../errors.ts';
import { SpdySession, type SpdyStream } from './spdy/spdy-session.ts';
import { statusFromError, type KubeStatus } from './status.ts';

export const PORT_FORWARD_PROTOCOL = 'SPDY/3.1+portforward.k8s.io';

/**
 * `ws` refuses a subprotocol with a '/' in it (not an RFC 7230 token), which this one has: the
 * handshake goes through under a stand-in name, and the response header gets the real one back.
 */
const STAND_IN = 'capstan-spdy-portforward';

const wss = new WebSocketServer({
  noServer: true,
  maxPayload: 16 * 1024 * 1024,
  perMessageDeflate: false,
  handleProtocols: (offered) => (offered.has(STAND_IN) ? STAND_IN : false),
});
wss.on('headers', (headers: string[]) => {
  const i = headers.findIndex((h) => h.toLowerCase().startsWith('sec-websocket-protocol:'));
  if (i >= 0) headers[i] = `Sec-WebSocket-Protocol: ${PORT_FORWARD_PROTOCOL}`;
});

export interface PortForwardUpgrade {
  req: http.IncomingMessage;
  socket: Duplex;
  head: Buffer;
  namespace: string;
  name: string;
  ctx: ApiContext;
  offered: Set<string>;
  refuse(status: KubeStatus): void;
}

export async function servePortForward(opts: PortForwardUpgrade): Promise<void> {
  const { req, socket, head, namespace, name, ctx, offered } = opts;
  let node: string;
  let target: StreamTarget;
  try {
    ({ node, target } = await resolvePodStream(ctx, { kind: 'PORTFORWARD', namespace, name, stdin: true }));
    await ctx.streamRelay.assertReachable(node);
    if (String(req.headers.upgrade ?? '').toLowerCase() !== 'websocket' || !offered.has(PORT_FORWARD_PROTOCOL)) {
      throw new CapstanError('INVALID', `port-forward is served over WebSockets only, with subprotocol ${PORT_FORWARD_PROTOCOL} (kubectl 1.31 or newer)`);
    }
  } catch (err) {
    opts.refuse(statusFromError(err, { resource: 'pods', name }, 'request'));
    return;
  }
  if (!socket.writable) return;
  req.headers['sec-websocket-protocol'] = STAND_IN;
  wss.handleUpgrade(req, socket, head, (ws) => tunnel(ws, ctx, node, target));
}

/** One kubectl port-forward session: a SPDY connection inside the WebSocket. */
function tunnel(ws: WebSocket, ctx: ApiContext, node: string, target: StreamTarget): void {
  const session = new SpdySession(createWebSocketStream(ws));
  /** Error streams by request id, waiting for their data stream. */
  const errorStreams = new Map<string, SpdyStream>();
  session.on('stream', (stream: SpdyStream) => {
    const requestId = stream.headers.requestid ?? '';
    if (stream.headers.streamtype === 'error') {
      errorStreams.set(requestId, stream);
      stream.once('reset', () => errorStreams.delete(requestId));
      return;
    }
    if (stream.headers.streamtype !== 'data') return stream.cancel();
    const errorStream = errorStreams.get(requestId);
    errorStreams.delete(requestId);
    forward(ctx, node, target, stream, errorStream);
  });
}

/** Relays one forwarded connection: SPDY data stream ↔ relay stream to the pod's port. */
function forward(ctx: ApiContext, node: string, base: StreamTarget, data: SpdyStream, errors: SpdyStream | undefined): void {
  const port = Number(data.headers.port);
  const fail = async (message: string) => {
    if (errors) {
      await errors.write(Buffer.from(message));
      await errors.end();
    }
    await data.end();
  };
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    void fail(`invalid port "${data.headers.port ?? ''}"`);
    return;
  }
  // Client → pod, in order; the relay holds the client back when the agent is behind. Bytes that
  // come while the stream is being opened (on another API server, that takes a round trip) wait.
  let stream: PodStreamHandle | undefined;
  let reset = false;
  const opened = ctx.streamRelay.openAnywhere(node, { ...base, port }, ctx.identity.user).then(
    (s) => {
      stream = s;
      if (reset) s.close();
      return s;
    },
    async (err: unknown) => {
      await fail((err as Error).message).catch(() => {});
      return undefined;
    },
  );
  let input: Promise<unknown> = opened;
  data.on('data', (chunk: Buffer) => {
    input = input.then(() => stream?.write(chunk));
  });
  data.once('end', () => {
    input = input.then(() => stream?.closeStdin());
  });
  const close = () => {
    reset = true;
    stream?.close();
  };
  data.once('reset', close);
  errors?.once('reset', close);

  void (async () => {
    const stream = await opened;
    if (!stream) return;
    try {
      for await (const out of stream.output()) await data.write(out.data);
      await data.end();
      await errors?.end();
    } catch (err) {
      await fail(`error forwarding port ${port} to pod ${base.pod}: ${(err as Error).message}`);
    } finally {
      stream.close();
    }
  })().catch((err) => ctx.logger.error({ err }, 'unexpected error while forwarding a port'));
}
