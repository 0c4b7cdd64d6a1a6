/**
 * The last step of `capstan up`: every node agent it started has registered its Node and
 * reported it Ready since it started. Polls the API as the admin; fails early, with the agent's log, when an agent
 * ends, and on timeout names the agent log of each node that is not Ready.
 */
import { readFile } from 'node:fs/promises';
import { CommandError } from '../command.ts';
import { exitReport, type ManagedProcess } from './managed-process.ts';

export interface NodeReadinessOptions {
  /** The API server's base URL. */
  server: string;
  adminToken: string;
  /** The agents, each with the name of its node. */
  agents: { nodeName: string; process: ManagedProcess }[];
  /**
   * When the agents started: a Ready condition must have been reported since (a resumed
   * cluster's Node still says Ready from its last run until its Lease runs out).
   */
  since: number;
  timeoutMs: number;
  intervalMs?: number;
  signal: AbortSignal;
}

interface NodeView {
  metadata: { name: string };
  status: { conditions: { type: string; status: string; lastHeartbeatTime: string | null }[] | null } | null;
}

/** Resolves when every node is Ready. */
export async function waitForNodesReady(opts: NodeReadinessOptions): Promise<void> {
  const names = new Set(opts.agents.map((a) => a.nodeName));
  const deadline = Date.now() + opts.timeoutMs;
  let notReady = [...names];
  let lastError = '';
  for (;;) {
    opts.signal.throwIfAborted();
    const ended = opts.agents.find((a) => a.process.hasExited());
    if (ended) throw new CommandError(`node ${ended.nodeName}: ${await exitReport(ended.process)}`);
    try {
      const ready = await readyNodes(opts.server, opts.adminToken, opts.since, opts.signal);
      notReady = [...names].filter((name) => !ready.has(name));
      lastError = '';
      if (notReady.length === 0) return;
    } catch (err) {
      if (opts.signal.aborted) throw opts.signal.reason;
      lastError = (err as Error).message;
    }
    if (Date.now() > deadline) throw new CommandError(await timeoutReport(opts, notReady, lastError));
    await new Promise((resolve) => setTimeout(resolve, opts.intervalMs ?? 250));
  }
}

/** The admin token for the readiness check: CAPSTAN_ADMIN_TOKEN, else the token file. */
export async function adminTokenFor(env: NodeJS.ProcessEnv, tokenFile: string): Promise<string | undefined> {
  if (env.CAPSTAN_ADMIN_TOKEN) return env.CAPSTAN_ADMIN_TOKEN;
  try {
    return (await readFile(tokenFile, 'utf8')).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Timestamps are RFC 3339 with whole seconds: allow for the truncation. */
const TIMESTAMP_SLACK_MS = 1_000;

async function readyNodes(server: string, token: string, since: number, signal: AbortSignal): Promise<Set<string>> {
  const response = await fetch(`${server}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ nodes { items { metadata { name } status { conditions { type status lastHeartbeatTime } } } } }' }),
    signal: AbortSignal.any([signal, AbortSignal.timeout(5_000)]),
  });
  const body = (await response.json()) as { data?: { nodes: { items: NodeView[] } }; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0]!.message);
  const ready = new Set<string>();
  for (const node of body.data?.nodes.items ?? []) {
    const fresh = (c: { lastHeartbeatTime: string | null }) => c.lastHeartbeatTime !== null && Date.parse(c.lastHeartbeatTime) >= since - TIMESTAMP_SLACK_MS;
    if (node.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True' && fresh(c))) ready.add(node.metadata.name);
  }
  return ready;
}

async function timeoutReport(opts: NodeReadinessOptions, notReady: string[], lastError: string): Promise<string> {
  const lines = [`not every node became Ready within ${Math.round(opts.timeoutMs / 1000)} s (not Ready: ${notReady.join(', ')})`];
  if (lastError) lines.push(`  the API server answered: ${lastError}`);
  for (const agent of opts.agents.filter((a) => notReady.includes(a.nodeName))) {
    const tail = await agent.process.logTail(5);
    lines.push(`  node ${agent.nodeName}: see its agent's log, ${agent.process.logFile}${tail.length ? ':' : ' (empty)'}`);
    for (const line of tail) lines.push(`      ${line}`);
  }
  return lines.join('\n');
}
