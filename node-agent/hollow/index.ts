/**
 * Hollow mode (`capstan agent --hollow N`, DESIGN §6): one process simulates N nodes that join
 * with the bootstrap token, register, renew their Leases and report their pods Running without
 * running them: the way to test thousands of nodes on one machine (like kwok).
 *
 * Joins are staggered (`joinConcurrency` at a time) so that N nodes do not open N WebSockets
 * and send N×5 requests to the API server in the same instant. Each node holds one WebSocket,
 * and HTTP keep-alive connections come on top: the process needs somewhat more than N file
 * descriptors. Node.js raises its soft limit to the hard limit at start, so only a hard limit
 * (`ulimit -Hn`) below ~N + 500 is a problem; the API server needs as many for its side.
 */
import { Agent } from 'undici';
import { ApiClient, type ApiError } from '../api-client.ts';
import { silentLogger, type AgentLogger } from '../proxy/list-watch.ts';
import { coalescingLogger } from './coalescing-logger.ts';
import { HollowNode, type HollowNodeOptions } from './hollow-node.ts';
import { RequestLimiter } from './request-limiter.ts';

export { HollowNode } from './hollow-node.ts';
export { HOLLOW_LABEL } from './hollow-status.ts';

export interface HollowNodesOptions {
  /** The API server's base URL, e.g. http://127.0.0.1:6443. */
  server: string;
  /** HTTP connections the process's nodes share at most (default 256). */
  connections?: number;
  bootstrapToken: string;
  count: number;
  /** Nodes are named `<namePrefix><i>` (default `hollow-node-`), i zero-padded to the width of count - 1. */
  namePrefix?: string;
  /** How long after a pod is seen it is reported Running (default 0). */
  runningDelayMs?: number;
  labels?: Record<string, string>;
  /** Lease renewal period (default 10 s, jittered). */
  leaseRenewMs?: number;
  /** How often each node reads its Node back (default 60 s). */
  nodeStatusMs?: number;
  /** Nodes joining at the same time (default 10). */
  joinConcurrency?: number;
  /**
   * Pod status writes and deletion confirmations in flight across all the nodes (default 128:
   * pods started at 100/s with writes answered in up to a second need 100).
   */
  podWriteConcurrency?: number;
  logger?: AgentLogger;
}

export interface HollowNodes {
  nodeNames: string[];
  nodes: HollowNode[];
  /** Stops every node (their Node objects stay, as a stopped kubelet's do). */
  close(): Promise<void>;
}

const JOIN = `mutation($n: String!) { joinNode(nodeName: $n) { nodeName token } }`;

/**
 * Retries what failed for a reason that may pass (UNAVAILABLE: an overloaded or restarting
 * server), as a real agent keeps trying; a refusal (FORBIDDEN, UNAUTHENTICATED, INVALID) is final.
 */
async function withRetries<T>(what: string, node: string, fn: () => Promise<T>, logger: AgentLogger, stopped: () => boolean): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      const code = (err as ApiError).code;
      if (stopped() || code === 'FORBIDDEN' || code === 'UNAUTHENTICATED' || code === 'INVALID') throw err;
      logger.warn({ node, err: (err as Error).message, attempt: i }, `${what} failed; retrying`);
      await new Promise((r) => setTimeout(r, Math.min(10_000, 200 * 2 ** i) * (0.5 + Math.random() / 2)));
    }
  }
}

export async function startHollowNodes(opts: HollowNodesOptions): Promise<HollowNodes> {
  // Nodes fail together (an overloaded or restarting server): one line per message and window, not per node.
  const logger = coalescingLogger(opts.logger ?? silentLogger);
  const prefix = opts.namePrefix ?? 'hollow-node-';
  const width = String(Math.max(0, opts.count - 1)).length;
  const nodeNames = Array.from({ length: opts.count }, (_, i) => `${prefix}${String(i).padStart(width, '0')}`);
  // One bounded pool of keep-alive connections for every node of the process: requests beyond
  // it wait their turn in the process instead of opening more connections (a kubelet has one
  // HTTP/2 connection). Without a bound, 4,000 nodes held ~4,400 connections and, once the
  // server fell behind, each timed-out request closed its connection and the next opened a new
  // one: the server's accept queue stayed full (4,096) and no request got through for minutes.
  const dispatcher = new Agent({ connections: opts.connections ?? 256, keepAliveTimeout: 60_000, keepAliveMaxTimeout: 120_000 });
  const joiner = new ApiClient({ server: opts.server, token: opts.bootstrapToken, dispatcher });
  const nodes: HollowNode[] = [];
  // One bound for the whole process: bursts of binds must not turn into thousands of requests at once.
  const podWrites = new RequestLimiter(opts.podWriteConcurrency ?? 128);
  let closed = false;

  const close = async () => {
    closed = true;
    await Promise.all(nodes.map((n) => n.stop()));
    await joiner.close();
    await dispatcher.close().catch(() => {});
    logger.close();
  };

  const startOne = async (nodeName: string) => {
    const { joinNode } = await withRetries('joining', nodeName, () => joiner.request<{ joinNode: { token: string } }>(JOIN, { n: nodeName }), logger, () => closed);
    if (closed) return;
    const nodeOpts: HollowNodeOptions = {
      server: opts.server,
      nodeName,
      token: joinNode.token,
      labels: opts.labels,
      runningDelayMs: opts.runningDelayMs,
      leaseRenewMs: opts.leaseRenewMs,
      nodeStatusMs: opts.nodeStatusMs,
      logger,
      podWrites,
      dispatcher,
    };
    const node = new HollowNode(nodeOpts);
    nodes.push(node);
    await withRetries('registering', nodeName, () => node.start(), logger, () => closed);
  };

  const t0 = Date.now();
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: Math.min(opts.joinConcurrency ?? 10, opts.count) }, async () => {
        while (next < nodeNames.length && !closed) await startOne(nodeNames[next++]!);
      }),
    );
  } catch (err) {
    await close();
    throw err;
  }
  logger.info({ nodes: opts.count, seconds: (Date.now() - t0) / 1000 }, 'hollow nodes joined');
  return { nodeNames, nodes, close };
}
