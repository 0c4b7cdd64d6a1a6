/**
 * The agent's configuration: flags first, then environment variables, then defaults (set in
 * one place, `DEFAULTS`). Timings are configurable so that tests can shorten them.
 */
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface AgentTimings {
  /** How often the Lease is renewed (Kubernetes: 10 s). */
  leaseRenewMs: number;
  /** The Lease's duration (Kubernetes: 40 s). */
  leaseDurationSeconds: number;
  /** How often the full node status is written even when nothing changed (Kubernetes: 5 min; here 60 s). */
  nodeStatusMs: number;
  /** Restart back-off: first delay, doubling to the maximum (Kubernetes: 10 s → 5 min). */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** A container that ran this long without failing starts its back-off from the beginning again (10 min). */
  backoffResetMs: number;
  /** How often every pod is re-checked even without events (the safety net of a level-triggered loop). */
  podResyncMs: number;
  /** How often a pod's ConfigMap, Secret, downward API and projected volume files are brought up to date (Kubernetes: the 1 min sync period). */
  volumeSyncMs: number;
  /** How often the disk usage of each emptyDir with a sizeLimit is measured (the kubelet's eviction housekeeping: 10 s). */
  emptyDirCheckMs: number;
  /** The usage window: how often pod and node usage is measured and reported (metrics-server's resolution: 15 s). */
  usageReportMs: number;
  /**
   * A pod's bound service-account token is refreshed once it is this old, or 80 % through its
   * lifetime if that comes first (the kubelet's 24 h cap); tests shorten it to see rotation.
   */
  tokenMaxAgeMs: number;
}

/** What a pod's /etc/resolv.conf is made of (the kubelet's --cluster-dns, --cluster-domain, --resolv-conf). */
export interface AgentDNSOptions {
  /** The cluster DNS server addresses; none: ClusterFirst pods get the node's settings (MissingClusterDNS). */
  clusterDNS: string[];
  /** The domain of Services and pods with a subdomain. */
  clusterDomain: string;
  /** The node's resolv.conf, the base of dnsPolicy Default. */
  resolvConf: string;
}

export interface AgentOptions {
  server: string;
  token: string;
  nodeName: string;
  runtime: 'process' | 'podman';
  labels: Record<string, string>;
  dataDir: string;
  /** Capacity overrides (tests): cpu cores, memory bytes, max pods. */
  cpu: number;
  memoryBytes: number;
  maxPods: number;
  timings: AgentTimings;
  dns: AgentDNSOptions;
  logLevel: string;
  /** Stop every pod's containers when the agent stops (a local `capstan up` cluster); default: leave them running. */
  stopPodsOnExit: boolean;
  /** Serve /metrics (Prometheus text, no token) on this HOST:PORT; off when unset. */
  metricsListen?: { host: string; port: number };
  /** Where this node's local-path volumes live: the agent removes deleted ones only under it (default CAPSTAN_LOCAL_PATH_ROOT or /var/lib/capstan/volumes). */
  localPathRoot?: string;
  /** Start N hollow nodes instead of one real agent. */
  hollow?: number;
  hollowRunningDelayMs?: number;
  /** Hollow nodes are named `<prefix><i>`: `<--name>-` when a name was given. */
  hollowNamePrefix?: string;
}

export const DEFAULT_TIMINGS: AgentTimings = {
  leaseRenewMs: 10_000,
  leaseDurationSeconds: 40,
  nodeStatusMs: 60_000,
  backoffBaseMs: 10_000,
  backoffMaxMs: 300_000,
  backoffResetMs: 600_000,
  podResyncMs: 60_000,
  volumeSyncMs: 60_000,
  emptyDirCheckMs: 10_000,
  usageReportMs: 15_000,
  tokenMaxAgeMs: 86_400_000,
};

export const DEFAULT_CLUSTER_DOMAIN = 'cluster.local';
export const DEFAULT_RESOLV_CONF = '/etc/resolv.conf';

export const AGENT_USAGE = `usage: capstan agent --server URL --token T [--name N] [--runtime process|podman] [--labels k=v,…]
                     [--data-dir DIR] [--hollow N [--hollow-running-delay-ms MS]]
  --server     the API server, e.g. http://127.0.0.1:6443       (env CAPSTAN_SERVER)
  --token      a bootstrap token (or this node's credential)   (env CAPSTAN_BOOTSTRAP_TOKEN, CAPSTAN_TOKEN)
  --name       the node's name (default: the host name)         (env CAPSTAN_NODE_NAME)
  --runtime    process (default) or podman                      (env CAPSTAN_RUNTIME)
  --labels     extra node labels, k=v,k2=v2                     (env CAPSTAN_NODE_LABELS)
  --data-dir   where the node keeps its credential, pod IPs and pod files
               (default ~/.capstan/agents/<name>)               (env CAPSTAN_AGENT_DATA_DIR)
  --cpu, --memory, --max-pods   capacity to report instead of the host's
  --stop-pods-on-exit   stop the pods' containers when the agent stops (env CAPSTAN_STOP_PODS_ON_EXIT=1);
               by default they keep running and a restarted agent re-adopts them
  --hollow N   simulate N nodes in this process (no pods run)
  --local-path-root DIR  where local-path volumes live on this node, as the workers were told; the
               agent removes a deleted volume's directory only under it
               (default /var/lib/capstan/volumes)               (env CAPSTAN_LOCAL_PATH_ROOT)
pod DNS (as the kubelet's flags of the same names):
  --cluster-dns IP,…   the cluster DNS servers for dnsPolicy ClusterFirst pods (env CAPSTAN_CLUSTER_DNS);
               none by default: Capstan runs no DNS server, so such pods get the node's settings
  --cluster-domain D   default cluster.local                 (env CAPSTAN_CLUSTER_DOMAIN)
  --resolv-conf FILE   the node's resolver settings, default /etc/resolv.conf (env CAPSTAN_RESOLV_CONF)
  --metrics-listen HOST:PORT  serve /metrics (Prometheus text, no token: bind it where only monitoring
               reaches) (env CAPSTAN_AGENT_METRICS_LISTEN; off by default)
timings (flags or env, milliseconds unless named otherwise):
  --lease-renew-ms          CAPSTAN_LEASE_RENEW_MS           default 10000
  --lease-duration-seconds  CAPSTAN_LEASE_DURATION_SECONDS   default 40
  --node-status-ms          CAPSTAN_NODE_STATUS_MS           default 60000
  --backoff-base-ms         CAPSTAN_BACKOFF_BASE_MS          default 10000
  --backoff-max-ms          CAPSTAN_BACKOFF_MAX_MS           default 300000
  --backoff-reset-ms        CAPSTAN_BACKOFF_RESET_MS         default 600000
  --pod-resync-ms           CAPSTAN_POD_RESYNC_MS            default 60000
  --volume-sync-ms          CAPSTAN_VOLUME_SYNC_MS           default 60000
  --empty-dir-check-ms      CAPSTAN_EMPTY_DIR_CHECK_MS       default 10000
  --usage-report-ms         CAPSTAN_USAGE_REPORT_MS          default 15000 (kubectl top's window)
  --token-max-age-ms        CAPSTAN_TOKEN_MAX_AGE_MS         default 86400000 (pod tokens are also
                            refreshed at 80 % of their lifetime)
env LOG_LEVEL (default info)`;

export class AgentConfigError extends Error {
  override name = 'AgentConfigError';
}

const TIMING_FLAGS: [keyof AgentTimings, string, string][] = [
  ['leaseRenewMs', 'lease-renew-ms', 'CAPSTAN_LEASE_RENEW_MS'],
  ['leaseDurationSeconds', 'lease-duration-seconds', 'CAPSTAN_LEASE_DURATION_SECONDS'],
  ['nodeStatusMs', 'node-status-ms', 'CAPSTAN_NODE_STATUS_MS'],
  ['backoffBaseMs', 'backoff-base-ms', 'CAPSTAN_BACKOFF_BASE_MS'],
  ['backoffMaxMs', 'backoff-max-ms', 'CAPSTAN_BACKOFF_MAX_MS'],
  ['backoffResetMs', 'backoff-reset-ms', 'CAPSTAN_BACKOFF_RESET_MS'],
  ['podResyncMs', 'pod-resync-ms', 'CAPSTAN_POD_RESYNC_MS'],
  ['volumeSyncMs', 'volume-sync-ms', 'CAPSTAN_VOLUME_SYNC_MS'],
  ['emptyDirCheckMs', 'empty-dir-check-ms', 'CAPSTAN_EMPTY_DIR_CHECK_MS'],
  ['usageReportMs', 'usage-report-ms', 'CAPSTAN_USAGE_REPORT_MS'],
  ['tokenMaxAgeMs', 'token-max-age-ms', 'CAPSTAN_TOKEN_MAX_AGE_MS'],
];

function positiveNumber(what: string, v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new AgentConfigError(`${what} must be a positive number, not "${v}"`);
  return n;
}

/** `k=v,k2=v2` → { k: 'v', k2: 'v2' }. */
export function parseLabels(text: string | undefined): Record<string, string> {
  const labels: Record<string, string> = {};
  if (!text) return labels;
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new AgentConfigError(`--labels: "${part}" is not key=value`);
    labels[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return labels;
}

/** A lower-case DNS-1123 subdomain made of the host name (Kubernetes lower-cases it too). */
export function defaultNodeName(hostname = os.hostname()): string {
  return hostname.toLowerCase().replace(/[^a-z0-9.-]/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '') || 'node';
}

/** Parses `capstan agent` flags and environment; returns 'help' for --help. */
export function agentOptionsFromArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): AgentOptions | 'help' {
  const timingOptions = Object.fromEntries(TIMING_FLAGS.map(([, flag]) => [flag, { type: 'string' as const }]));
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        server: { type: 'string' },
        token: { type: 'string' },
        name: { type: 'string' },
        runtime: { type: 'string' },
        labels: { type: 'string' },
        'data-dir': { type: 'string' },
        cpu: { type: 'string' },
        memory: { type: 'string' },
        'max-pods': { type: 'string' },
        hollow: { type: 'string' },
        'stop-pods-on-exit': { type: 'boolean' },
        'hollow-running-delay-ms': { type: 'string' },
        'cluster-dns': { type: 'string' },
        'cluster-domain': { type: 'string' },
        'resolv-conf': { type: 'string' },
        'metrics-listen': { type: 'string' },
        'local-path-root': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        ...timingOptions,
      },
    }));
  } catch (err) {
    throw new AgentConfigError((err as Error).message);
  }
  if (values.help) return 'help';
  const str = (flag: string, ...envs: string[]): string | undefined => {
    const v = values[flag];
    if (typeof v === 'string' && v !== '') return v;
    for (const e of envs) if (env[e]) return env[e];
    return undefined;
  };
  const server = str('server', 'CAPSTAN_SERVER');
  if (!server) throw new AgentConfigError('--server (or CAPSTAN_SERVER) is required');
  const token = str('token', 'CAPSTAN_BOOTSTRAP_TOKEN', 'CAPSTAN_TOKEN');
  const givenName = str('name', 'CAPSTAN_NODE_NAME');
  const nodeName = givenName ?? defaultNodeName();
  if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(nodeName) || nodeName.length > 253) {
    throw new AgentConfigError(`--name: "${nodeName}" is not a valid node name (lower-case letters, digits, '-' and '.')`);
  }
  const dataDir = path.resolve(str('data-dir', 'CAPSTAN_AGENT_DATA_DIR') ?? path.join(os.homedir(), '.capstan', 'agents', nodeName));
  const runtime = str('runtime', 'CAPSTAN_RUNTIME') ?? 'process';
  if (runtime !== 'process' && runtime !== 'podman') throw new AgentConfigError(`--runtime must be process or podman, not "${runtime}"`);
  const hollowText = str('hollow', 'CAPSTAN_HOLLOW');
  const hollow = hollowText === undefined ? undefined : positiveNumber('--hollow', hollowText);
  // No token is fine when the data dir holds a credential from an earlier run: join.ts checks.
  const timings = { ...DEFAULT_TIMINGS };
  for (const [key, flag, envName] of TIMING_FLAGS) {
    const v = str(flag, envName);
    if (v !== undefined) timings[key] = positiveNumber(`--${flag}`, v);
  }
  const cpu = str('cpu', 'CAPSTAN_NODE_CPU');
  const memory = str('memory', 'CAPSTAN_NODE_MEMORY');
  const maxPods = str('max-pods', 'CAPSTAN_NODE_MAX_PODS');
  const delay = str('hollow-running-delay-ms', 'CAPSTAN_HOLLOW_RUNNING_DELAY_MS');
  const clusterDNS = (str('cluster-dns', 'CAPSTAN_CLUSTER_DNS') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const ip of clusterDNS) if (net.isIP(ip) === 0) throw new AgentConfigError(`--cluster-dns: "${ip}" is not an IP address`);
  const clusterDomain = (str('cluster-domain', 'CAPSTAN_CLUSTER_DOMAIN') ?? DEFAULT_CLUSTER_DOMAIN).replace(/\.$/, '');
  if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(clusterDomain)) throw new AgentConfigError(`--cluster-domain: "${clusterDomain}" is not a DNS domain`);
  const metricsText = str('metrics-listen', 'CAPSTAN_AGENT_METRICS_LISTEN');
  const metricsMatch = metricsText === undefined ? null : /^(?:\[([^\]]+)\]|([^:]*)):(\d{1,5})$/.exec(metricsText);
  if (metricsText !== undefined && (!metricsMatch || Number(metricsMatch[3]) > 65_535)) throw new AgentConfigError(`--metrics-listen: "${metricsText}" is not HOST:PORT (e.g. 127.0.0.1:10255)`);
  const localPathRoot = str('local-path-root', 'CAPSTAN_LOCAL_PATH_ROOT');
  if (localPathRoot !== undefined && !path.isAbsolute(localPathRoot)) throw new AgentConfigError(`--local-path-root: "${localPathRoot}" is not an absolute path`);
  return {
    server,
    token: token ?? '',
    ...(metricsMatch ? { metricsListen: { host: metricsMatch[1] || metricsMatch[2] || '127.0.0.1', port: Number(metricsMatch[3]) } } : {}),
    ...(localPathRoot !== undefined ? { localPathRoot: path.resolve(localPathRoot) } : {}),
    nodeName,
    runtime,
    labels: parseLabels(str('labels', 'CAPSTAN_NODE_LABELS')),
    dataDir,
    cpu: cpu === undefined ? os.cpus().length : positiveNumber('--cpu', cpu),
    memoryBytes: memory === undefined ? os.totalmem() : positiveNumber('--memory', memory),
    maxPods: maxPods === undefined ? 110 : positiveNumber('--max-pods', maxPods),
    timings,
    dns: { clusterDNS, clusterDomain, resolvConf: path.resolve(str('resolv-conf', 'CAPSTAN_RESOLV_CONF') ?? DEFAULT_RESOLV_CONF) },
    logLevel: env.LOG_LEVEL ?? 'info',
    stopPodsOnExit: values['stop-pods-on-exit'] === true || env.CAPSTAN_STOP_PODS_ON_EXIT === '1' || env.CAPSTAN_STOP_PODS_ON_EXIT === 'true',
    ...(hollow === undefined ? {} : { hollow: Math.floor(hollow) }),
    ...(delay === undefined ? {} : { hollowRunningDelayMs: Number(delay) }),
    ...(givenName === undefined ? {} : { hollowNamePrefix: `${givenName}-` }),
  };
}
