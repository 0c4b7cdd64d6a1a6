/**
 * The GraphQL side of the pod stream relay (stream-relay.ts): `execPod` and `sendPodExecInput`
 * for users (the dashboard's terminal), `agentStreamRequests` and `sendPodStreamChunk` for node
 * agents, and `openPodStream`, which the REST endpoints (server/rest/pod-streams.ts) share.
 */
import { nodeNameOf } from '../../auth/node-identity.ts';
import { CapstanError, invalid, notFound } from '../../errors.ts';
import type { ApiContext } from '../context.ts';
import type { MutationSendPodExecInputArgs, MutationSendPodStreamChunkArgs, SubscriptionExecPodArgs } from '../generated/graphql.ts';
import { chooseContainer } from '../logs/log-resolvers.ts';
import { lazyStream } from '../watch-stream.ts';
import type { AgentStreamRequest, PodStreamHandle, PodStreamKind, PodStreamName, StreamTarget } from './stream-relay.ts';

/** What a client asks to open (the REST query or execPod's arguments). */
export interface PodStreamRequest {
  kind: PodStreamKind;
  namespace: string;
  name: string;
  container?: string | null;
  command?: string[] | null;
  stdin?: boolean;
  tty?: boolean;
  port?: number | null;
}

const RESOURCE = { EXEC: 'Pod/exec', ATTACH: 'Pod/attach', PORTFORWARD: 'Pod/portforward' } as const;

/**
 * Checks that the caller may `create` the sub-resource, that the pod exists, is bound and not
 * completed, and that the container is one of its own; returns the node and what to ask it.
 */
export async function resolvePodStream(ctx: ApiContext, req: PodStreamRequest): Promise<{ node: string; target: StreamTarget }> {
  await ctx.authorize('create', RESOURCE[req.kind], req.namespace, req.name);
  if (req.kind === 'EXEC' && (!req.command || req.command.length === 0)) throw invalid('command', 'you must specify at least one command for the container');
  // A port-forward session names its ports per connection, later; a port given here is checked.
  if (req.kind === 'PORTFORWARD' && req.port != null && (!Number.isInteger(req.port) || req.port < 1 || req.port > 65535)) throw invalid('port', 'must be a port number (1-65535)');
  const pod = await ctx.store.get('Pod', req.namespace, req.name);
  if (!pod) throw notFound('Pod', req.namespace, req.name);
  const container = req.kind === 'PORTFORWARD' ? null : chooseContainer(pod, req.container);
  const node: unknown = pod.spec?.nodeName;
  if (typeof node !== 'string' || node === '') throw new CapstanError('INVALID', `pod "${req.name}" is not bound to a node yet: it has no running containers`);
  const phase: unknown = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') {
    throw new CapstanError('INVALID', `cannot ${req.kind === 'PORTFORWARD' ? 'forward a port to' : 'exec into or attach to'} a container in a completed pod; current phase is ${phase}`);
  }
  const target: StreamTarget = {
    kind: req.kind,
    namespace: req.namespace,
    pod: req.name,
    podUid: pod.metadata.uid ?? null,
    container,
    command: req.kind === 'EXEC' ? req.command! : null,
    stdin: req.stdin ?? false,
    tty: req.tty ?? false,
    port: req.kind === 'PORTFORWARD' ? (req.port ?? null) : null,
  };
  return { node, target };
}

/**
 * resolvePodStream, then opens the stream on the pod's node, through whichever API server holds
 * its agent's channel (UNAVAILABLE when none does). The caller must `close()` the stream.
 */
export async function openPodStream(ctx: ApiContext, req: PodStreamRequest): Promise<PodStreamHandle> {
  const { node, target } = await resolvePodStream(ctx, req);
  return ctx.streamRelay.openAnywhere(node, target, ctx.identity.user);
}

/** The node a node agent's request comes from; FORBIDDEN for anyone else. */
function callingNode(ctx: ApiContext, what: string): string {
  const node = nodeNameOf(ctx.identity);
  if (!node) throw new CapstanError('FORBIDDEN', `${ctx.identity.user} may not ${what}: only node agents may`);
  return node;
}

interface PodExecEvent {
  sessionId: string;
  stream: PodStreamName | null;
  data: string | null;
  exitCode: number | null;
}

export const execPod = {
  subscribe(_: unknown, args: SubscriptionExecPodArgs, ctx: ApiContext): AsyncIterable<PodExecEvent> {
    return lazyStream(
      async function* (signal) {
        const stream = await openPodStream(ctx, {
          kind: 'EXEC',
          namespace: args.namespace,
          name: args.name,
          container: args.container,
          command: args.command,
          stdin: args.stdin ?? true,
          tty: args.tty ?? false,
        });
        const close = () => stream.close();
        signal.addEventListener('abort', close, { once: true });
        try {
          if (signal.aborted) return;
          yield { sessionId: stream.id, stream: null, data: null, exitCode: null };
          for await (const out of stream.output()) {
            yield { sessionId: stream.id, stream: out.stream, data: out.data.toString('base64'), exitCode: null };
          }
          yield { sessionId: stream.id, stream: null, data: null, exitCode: stream.exitCode };
        } finally {
          signal.removeEventListener('abort', close);
          close();
        }
      },
      (event) => event,
      ctx.watches,
    );
  },
  resolve: (event: PodExecEvent) => event,
};

export async function sendPodExecInput(_: unknown, args: MutationSendPodExecInputArgs, ctx: ApiContext): Promise<boolean> {
  const resize = args.width != null || args.height != null;
  if (resize && (!Number.isInteger(args.width) || !Number.isInteger(args.height) || args.width! < 1 || args.height! < 1)) {
    throw invalid('width', 'width and height must both be positive integers');
  }
  // The session may be held by another API server (its execPod subscription is there).
  return ctx.streamRelay.sendInput(args.sessionId, ctx.identity.user, {
    ...(args.data ? { data: Buffer.from(args.data, 'base64') } : {}),
    ...(args.eof ? { eof: true } : {}),
    ...(resize ? { width: args.width!, height: args.height! } : {}),
  });
}

export const agentStreamRequests = {
  subscribe(_: unknown, _args: unknown, ctx: ApiContext): AsyncIterable<AgentStreamRequest> {
    return lazyStream(
      (signal) => ctx.streamRelay.connectAgent(callingNode(ctx, 'receive pod stream requests'), signal),
      (request) => request,
      ctx.watches,
    );
  },
  resolve: (request: AgentStreamRequest) => request,
};

export async function sendPodStreamChunk(_: unknown, args: MutationSendPodStreamChunkArgs, ctx: ApiContext): Promise<boolean> {
  const node = callingNode(ctx, 'send pod stream output');
  return ctx.streamRelay.deliver(node, args.requestId, {
    stream: args.stream,
    data: args.data,
    exitCode: args.exitCode,
    error: args.error,
    done: args.done,
  });
}
