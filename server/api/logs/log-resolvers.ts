/**
 * The GraphQL side of the pod-log relay (log-relay.ts): `podLogs` for readers,
 * `agentLogRequests` and `sendPodLogChunk` for node agents. Thin: check who asks and what they
 * ask for, then hand over to the relay.
 */
import { nodeNameOf } from '../../auth/node-identity.ts';
import { CapstanError, invalid, notFound } from '../../errors.ts';
import type { KObject } from '../../kinds/types.ts';
import type { ApiContext } from '../context.ts';
import type { MutationSendPodLogChunkArgs, SubscriptionPodLogsArgs } from '../generated/graphql.ts';
import { lazyStream } from '../watch-stream.ts';
import type { AgentLogRequest, LogTarget, PodLogChunk } from './log-relay.ts';

/** The node a node agent's request comes from; FORBIDDEN for anyone else. */
function callingNode(ctx: ApiContext, what: string): string {
  const node = nodeNameOf(ctx.identity);
  if (!node) throw new CapstanError('FORBIDDEN', `${ctx.identity.user} may not ${what}: only node agents may`);
  return node;
}

function containerNames(pod: KObject): { names: string[]; regular: string[] } {
  const names = (list: unknown) => (Array.isArray(list) ? list.map((c) => c?.name).filter((n): n is string => typeof n === 'string') : []);
  const regular = names(pod.spec?.containers);
  return { regular, names: [...regular, ...names(pod.spec?.initContainers)] };
}

/** The container to read: the one named, else the pod's only container. Throws INVALID otherwise. */
export function chooseContainer(pod: KObject, container: string | null | undefined): string {
  const { names, regular } = containerNames(pod);
  const choices = names.join(', ');
  if (container) {
    if (!names.includes(container)) throw invalid('container', `container "${container}" is not in pod "${pod.metadata.name}"; choose one of: ${choices}`);
    return container;
  }
  if (regular.length === 1) return regular[0]!;
  throw invalid('container', `a container name must be given for pod "${pod.metadata.name}"; choose one of: ${choices}`);
}

function nonNegative(field: string, value: number | null | undefined, min: number): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < min) throw invalid(field, `must be an integer of at least ${min}`);
  return value;
}

export const podLogs = {
  subscribe(_: unknown, args: SubscriptionPodLogsArgs, ctx: ApiContext): AsyncIterable<PodLogChunk> {
    return lazyStream(
      async function* (signal) {
        const tailLines = nonNegative('tailLines', args.tailLines, 0);
        const sinceSeconds = nonNegative('sinceSeconds', args.sinceSeconds, 1);
        await ctx.authorize('get', 'Pod/log', args.namespace, args.name);
        const pod = await ctx.store.get('Pod', args.namespace, args.name);
        if (!pod) throw notFound('Pod', args.namespace, args.name);
        const container = chooseContainer(pod, args.container);
        const node: unknown = pod.spec?.nodeName;
        if (typeof node !== 'string' || node === '') {
          throw new CapstanError('UNAVAILABLE', `pod "${args.name}" is not bound to a node yet: it has no logs until it is scheduled`);
        }
        if (signal.aborted) return;
        const target: LogTarget = {
          namespace: args.namespace,
          pod: args.name,
          podUid: pod.metadata.uid ?? null,
          container,
          follow: args.follow ?? false,
          tailLines,
          sinceSeconds,
          previous: args.previous ?? false,
        };
        yield* ctx.logRelay.open(node, target, signal);
      },
      (chunk) => chunk,
      ctx.watches,
    );
  },
  resolve: (chunk: PodLogChunk) => chunk,
};

export const agentLogRequests = {
  subscribe(_: unknown, _args: unknown, ctx: ApiContext): AsyncIterable<AgentLogRequest> {
    return lazyStream(
      (signal) => ctx.logRelay.connectAgent(callingNode(ctx, 'receive log requests'), signal),
      (request) => request,
      ctx.watches,
    );
  },
  resolve: (request: AgentLogRequest) => request,
};

export async function sendPodLogChunk(_: unknown, args: MutationSendPodLogChunkArgs, ctx: ApiContext): Promise<boolean> {
  const node = callingNode(ctx, 'send pod logs');
  return ctx.logRelay.deliver(node, args.requestId, { data: args.data, done: args.done, error: args.error });
}
