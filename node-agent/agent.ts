/**
 * The node agent (Capstan's kubelet): joins, registers the Node and keeps it alive, watches the
 * pods bound to it and runs each through a `PodWorker`, serves log requests, and runs the
 * service proxy. Talks only to the API server (one ApiClient: HTTP plus one graphql-ws).
 */
import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { ApiClient, ApiError } from './api-client.ts';
import type { AgentOptions } from './config.ts';
import { ContainerConfigError, type EnvSources } from './container-env.ts';
import { EventRecorder } from './events.ts';
import { CredentialLostError, obtainNodeCredential, rejoinNode } from './join.ts';
import { NodeHeartbeat } from './node-heartbeat.ts';
import { firstAddress, PodIPAllocator } from './pod-ips.ts';
import { namedFromApi, type Pod, type Service } from './pod-types.ts';
import { PodWorker } from './pod-worker.ts';
import { GET_CONFIG_MAP, GET_CONFIG_MAP_FILES, GET_PERSISTENT_VOLUME, GET_PERSISTENT_VOLUME_CLAIM, GET_SECRET, LIST_SERVICES, WATCH_PODS } from './queries.ts';
import { LogResponder } from './log-responder.ts';
import { createAgentMetrics, instrumentRuntime, serveAgentMetrics } from './metrics.ts';
import { StreamResponder } from './stream-responder.ts';
import { ResumableWatch } from './resumable-watch.ts';
import { LocalPathCleanup, localPathRootFrom } from './local-path-cleanup.ts';
import { UsageReporter } from './usage-reporter.ts';
import { issueThroughApi, ServiceAccountTokens } from './service-account-token.ts';
import type { Runtime } from './runtime/types.ts';
import type { VolumeSources } from './volumes/pod-volumes.ts';
import { objectBytes, volumeObjectRefs, WatchedObjects, type ObjectRef } from './volumes/watched-objects.ts';
import { unmountUnder } from './volumes/host-mounts.ts';
import { podDirOf } from './container-config.ts';
import { rm } from 'node:fs/promises';

export interface RunningAgent {
  nodeName: string;
  internalIP: string;
  /** Stops watching and reporting; pods keep running (a restarted agent re-adopts them). */
  close(): Promise<void>;
  /** Settles when the agent cannot go on: its node credential was revoked and it cannot join again. */
  failed: Promise<CredentialLostError>;
}

/** SIGTERM, then SIGKILL this much later, for --stop-pods-on-exit. */
const STOP_ON_EXIT_GRACE_SECONDS = 5;

function agentVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'dev';
  }
}

/** The runtime named by --runtime, loaded only when used (podman pulls in dockerode). */
export async function createRuntime(name: 'process' | 'podman', stateDir: string, log: Logger): Promise<Runtime> {
  const logger = log.child({ component: 'runtime' });
  if (name === 'podman') {
    const mod = await import('./runtime/podman.ts');
    return mod.createPodmanRuntime({ stateDir, logger });
  }
  const mod = await import('./runtime/process.ts');
  return mod.createProcessRuntime({ stateDir, logger });
}

interface ServiceProxyHandle {
  close(): Promise<void>;
}

async function startProxy(client: ApiClient, nodeName: string, nodeIP: string, log: Logger): Promise<ServiceProxyHandle | undefined> {
  let mod: { startServiceProxy(o: { client: ApiClient; nodeName: string; nodeIP: string; logger: Logger }): Promise<ServiceProxyHandle> };
  try {
    // A literal specifier, so that the build (scripts/build.mjs) compiles the proxy into dist/.
    mod = await import('./proxy/index.ts');
  } catch (err) {
    log.warn({ err: (err as Error).message }, 'the service proxy is not available in this build: Services will not be reachable from this node');
    return undefined;
  }
  return mod.startServiceProxy({ client, nodeName, nodeIP, logger: log.child({ component: 'proxy' }) });
}

/** Reads Secrets, ConfigMaps and Services for container environments, with a short cache for Services. */
function envSources(client: ApiClient): EnvSources {
  const services = new Map<string, { at: number; items: Promise<Service[]> }>();
  return {
    async configMap(namespace, name) {
      const { configMap } = await client.request(GET_CONFIG_MAP, { namespace, name });
      return configMap ? (configMap.data ?? {}) : null;
    },
    async secret(namespace, name) {
      const { secret } = await client.request(GET_SECRET, { namespace, name });
      if (!secret) return null;
      return Object.fromEntries(Object.entries(secret.data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));
    },
    services(namespace) {
      // Kubernetes reads Services from an informer cache, a little behind too; a few seconds keep
      // a burst of pod starts from listing them once per pod.
      const cached = services.get(namespace);
      if (cached && Date.now() - cached.at < 3_000) return cached.items;
      const items = client
        .request(LIST_SERVICES, { namespace })
        .then((r) => namedFromApi(r.services.items));
      services.set(namespace, { at: Date.now(), items });
      items.catch(() => services.delete(namespace));
      return items;
    },
  };
}

/** A plain read of a ConfigMap's or Secret's files (before its watch has listed it). */
async function readVolumeObject(client: ApiClient, ref: ObjectRef): Promise<Record<string, Buffer> | null> {
  if (ref.kind === 'ConfigMap') {
    const { configMap } = await client.request(GET_CONFIG_MAP_FILES, { namespace: ref.namespace, name: ref.name });
    return configMap ? objectBytes('ConfigMap', configMap) : null;
  }
  const { secret } = await client.request(GET_SECRET, { namespace: ref.namespace, name: ref.name });
  return secret ? objectBytes('Secret', secret) : null;
}

/** Reads what volumes show: ConfigMaps and Secrets from their watches (watched-objects.ts), and the folder of a claim's PersistentVolume. */
function volumeSources(client: ApiClient, objects: WatchedObjects): VolumeSources {
  return {
    configMap: (namespace, name) => objects.get({ kind: 'ConfigMap', namespace, name }),
    secret: (namespace, name) => objects.get({ kind: 'Secret', namespace, name }),
    async claimPath(namespace, name) {
      const { persistentVolumeClaim: claim } = await client.request(GET_PERSISTENT_VOLUME_CLAIM, { namespace, name });
      if (!claim) throw new ContainerConfigError(`persistentvolumeclaim "${name}" not found`);
      const volumeName = claim.spec?.volumeName;
      if (!volumeName) throw new ContainerConfigError(`persistentvolumeclaim "${name}" is not bound to a volume yet`);
      const { persistentVolume: pv } = await client.request(GET_PERSISTENT_VOLUME, { name: volumeName });
      if (!pv) throw new ContainerConfigError(`persistentvolume "${volumeName}" (of claim "${name}") not found`);
      const dir = pv.spec?.hostPath?.path ?? pv.spec?.local?.path;
      if (!dir) throw new ContainerConfigError(`persistentvolume "${volumeName}" has neither hostPath nor local: this node can mount only those`);
      return dir;
    },
  };
}

export async function startAgent(opts: AgentOptions, log: Logger): Promise<RunningAgent> {
  const nodeName = opts.nodeName;
  mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
  // Pods of the process runtime run as users of their own (see pod-identity.ts): they may pass
  // through (to their own folder, their working folder) but not list it; what it holds is
  // the agent's (credential 0600, runtime records 0700) or the pod's own (pods/<uid>, 0750).
  chmodSync(opts.dataDir, 0o711);
  const metrics = createAgentMetrics();
  const runtime = instrumentRuntime(await createRuntime(opts.runtime, path.join(opts.dataDir, 'runtime'), log), metrics);
  await runtime.init();
  const metricsServer = opts.metricsListen ? await serveAgentMetrics(metrics.registry, opts.metricsListen.host, opts.metricsListen.port) : undefined;
  if (metricsServer) log.info({ address: metricsServer.address }, 'serving /metrics');

  const abort = new AbortController();
  let token = await obtainNodeCredential({ server: opts.server, token: opts.token, nodeName, dataDir: opts.dataDir, log, signal: abort.signal });
  const workers = new Map<string, PodWorker>();
  let watch: ResumableWatch<Pod> | undefined;
  let resolveFailed: (err: CredentialLostError) => void = () => {};
  const failed = new Promise<CredentialLostError>((resolve) => (resolveFailed = resolve));
  /** Aborted when the credential is lost for good, so that a start still waiting (for its pod CIDR) ends too. */
  const lost = new AbortController();
  let lostError: CredentialLostError | undefined;
  const fail = (err: CredentialLostError) => {
    lostError = err;
    lost.abort();
    resolveFailed(err);
  };
  let rejoining = false;
  /** The server refused the node credential (revoked, or replaced by an admin's joinNode): join again with the bootstrap token, or give up saying why. */
  const onUnauthenticated = (reason: string, refused: string) => {
    if (rejoining || refused !== token || abort.signal.aborted) return;
    rejoining = true;
    log.warn({ reason }, 'the API server no longer accepts this node credential (revoked); joining again with the bootstrap token');
    rejoinNode({ server: opts.server, token: opts.token, nodeName, dataDir: opts.dataDir, log, signal: abort.signal }).then(
      (fresh) => {
        token = fresh;
        client.replaceToken(fresh);
        rejoining = false;
        for (const w of workers.values()) w.kick();
      },
      (err: unknown) => {
        if (abort.signal.aborted) return;
        const lost = err instanceof CredentialLostError ? err : new CredentialLostError(`the node credential was revoked and joining again failed: ${(err as Error).message}`);
        log.error({ err: lost.message }, 'the node credential was revoked and the agent cannot join again; stopping');
        fail(lost);
      },
    );
  };
  const client = new ApiClient({
    server: opts.server,
    token,
    onUnauthenticated,
    // Back within a few seconds of the server (not the client's default 10 s ceiling).
    retryMaxMs: 4_000,
    onDisconnected: () => {
      if (!abort.signal.aborted) log.warn('lost the connection to the API server; pods keep running, reconnecting');
    },
    onReconnected: () => {
      log.info({ resourceVersion: watch?.resourceVersion }, 'reconnected to the API server; resuming the pod watch');
      for (const w of workers.values()) w.kick();
    },
  });

  const heartbeat = new NodeHeartbeat({
    client,
    facts: {
      nodeName,
      cpu: opts.cpu,
      memoryBytes: opts.memoryBytes,
      maxPods: opts.maxPods,
      internalIP: '',
      runtimeName: runtime.name,
      runtimeVersion: process.version,
      agentVersion: agentVersion(),
      dataDir: opts.dataDir,
    },
    labels: opts.labels,
    timings: opts.timings,
    log,
  });
  for (let delay = 500; ; delay = Math.min(delay * 2, 10_000)) {
    try {
      await heartbeat.register();
      break;
    } catch (err) {
      if (!(err instanceof ApiError && err.code === 'UNAVAILABLE')) throw err;
      log.warn({ err: err.message }, 'cannot register the node yet; trying again');
      await new Promise((r) => setTimeout(r, delay));
    }
  }
  const podCIDR = await heartbeat.waitPodCIDR(AbortSignal.any([abort.signal, lost.signal])).catch((err: unknown) => {
    throw lostError ?? err;
  });
  const internalIP = firstAddress(podCIDR);
  heartbeat.start(internalIP);
  log.info({ node: nodeName, podCIDR, internalIP, runtime: runtime.name }, 'node is up');

  const ips = new PodIPAllocator(opts.dataDir, podCIDR);
  const sandboxes = new Map((await runtime.listSandboxes()).map((s) => [s.uid, s.ip]));
  const events = new EventRecorder(client, nodeName, log);
  const sources = envSources(client);
  // The ConfigMaps and Secrets pods show in volumes, followed by watches: a change is written into
  // the pods that show it at once (watched-objects.ts).
  const watchedObjects = new WatchedObjects({
    client,
    log: log.child({ component: 'volume-objects' }),
    read: (ref) => readVolumeObject(client, ref),
    onChange: (ref) => {
      for (const w of workers.values()) {
        if (w.pod.metadata.namespace === ref.namespace && volumeObjectRefs(w.pod).some((r) => r.kind === ref.kind && r.name === ref.name)) w.volumeSourceChanged();
      }
    },
  });
  const volumes = volumeSources(client, watchedObjects);
  const tokens = new ServiceAccountTokens({
    issue: issueThroughApi(client),
    maxTtlMs: opts.timings.tokenMaxAgeMs,
    onRefreshFailed: (req, err) =>
      log.warn({ pod: `${req.namespace}/${req.podName}`, serviceAccount: req.serviceAccount, err: (err as Error).message }, 'could not refresh a pod token; the current one is kept and asked again on the next volume sync'),
  });
  const byName = new Map<string, string>();

  const workerFor = (pod: Pod): PodWorker => {
    let w = workers.get(pod.metadata.uid);
    if (!w) {
      const uid = pod.metadata.uid;
      const key = `${pod.metadata.namespace}/${pod.metadata.name}`;
      w = new PodWorker(pod, {
        runtime,
        metrics,
        client,
        log,
        events,
        ips,
        nodeName,
        hostIP: internalIP,
        dataDir: opts.dataDir,
        nodeCpu: opts.cpu,
        nodeMemoryBytes: opts.memoryBytes,
        backoff: { baseMs: opts.timings.backoffBaseMs, maxMs: opts.timings.backoffMaxMs, resetMs: opts.timings.backoffResetMs },
        sources,
        volumeSources: volumes,
        volumeSyncMs: opts.timings.volumeSyncMs,
        emptyDirCheckMs: opts.timings.emptyDirCheckMs,
        dns: opts.dns,
        tokens,
        existingSandboxIP: sandboxes.get(uid),
        onFinished: () => {
          watchedObjects.release(uid);
          workers.delete(uid);
          if (byName.get(key) === uid) byName.delete(key);
        },
      });
      workers.set(uid, w);
      byName.set(key, uid);
    }
    return w;
  };

  runtime.onExit((status) => workers.get(status.podUid)?.kick());

  let firstList = true;
  /** Sandboxes of pods that are no longer bound here (deleted while the agent was down). */
  const removeOrphans = async (known: Set<string>) => {
    for (const s of await runtime.listSandboxes()) {
      if (known.has(s.uid) || workers.has(s.uid)) continue;
      log.info({ uid: s.uid, labels: s.labels }, 'removing the sandbox of a pod that is gone');
      try {
        await runtime.stopSandbox(s.uid, 2);
        for (const c of await runtime.listContainers(s.uid)) await runtime.removeContainer(c.id).catch(() => {});
        await runtime.removeSandbox(s.uid);
        // Its volumes (a tmpfs the agent mounted for it) and its folder, as its worker would have.
        await unmountUnder(podDirOf(opts.dataDir, s.uid));
        await rm(podDirOf(opts.dataDir, s.uid), { recursive: true, force: true });
      } catch (err) {
        log.warn({ uid: s.uid, err: (err as Error).message }, 'could not remove an orphaned sandbox');
      }
      ips.release(s.uid);
    }
    for (const uid of ips.uids()) if (!known.has(uid) && !workers.has(uid)) ips.release(uid);
  };

  watch = new ResumableWatch<Pod>({
    client,
    query: WATCH_PODS,
    field: 'watchPods',
    variables: { fieldSelector: `spec.nodeName=${nodeName}` },
    log,
    onEvent: (type, pod) => {
      if (type === 'DELETED' || pod.spec?.nodeName !== nodeName) workers.get(pod.metadata.uid)?.markGone();
      else {
        watchedObjects.hold(pod.metadata.uid, volumeObjectRefs(pod));
        workerFor(pod).update(pod);
      }
    },
    onListed: (pods) => {
      const uids = new Set(pods.map((p) => p.metadata.uid));
      for (const [uid, w] of workers) if (!uids.has(uid)) w.markGone();
      if (firstList) {
        firstList = false;
        void removeOrphans(uids).catch((err) => log.warn({ err: (err as Error).message }, 'cleaning up orphaned sandboxes failed'));
      }
    },
  });
  watch.start();

  // Deleted local-path volumes of this node: once the pods are known, so that a claim still
  // mounted here is seen as in use.
  const localPath = new LocalPathCleanup({
    client,
    nodeName,
    root: opts.localPathRoot ?? localPathRootFrom(process.env.CAPSTAN_LOCAL_PATH_ROOT),
    log: log.child({ component: 'local-path-cleanup' }),
    claimInUse: (namespace, claim) =>
      [...workers.values()].some((w) => w.pod.metadata.namespace === namespace && (w.pod.spec.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === claim)),
  });
  void watch.listed.then(() => {
    if (!abort.signal.aborted) localPath.start();
  });

  metrics.trackPodUsage(async () => {
    const usage = new Map((await runtime.podUsage?.() ?? []).map((u) => [u.uid, u]));
    const out = [];
    for (const [key, uid] of byName) {
      const u = usage.get(uid);
      const [namespace, pod] = key.split('/') as [string, string];
      if (u) out.push({ namespace, pod, cpuSeconds: u.cpuSeconds, memoryBytes: u.memoryBytes });
    }
    return out;
  });
  // kubectl top: the pods' and the node's usage, reported every window (metrics.k8s.io on the server).
  const usage = new UsageReporter({
    client,
    nodeName,
    intervalMs: opts.timings.usageReportMs,
    podUsage: async () => (await runtime.podUsage?.()) ?? [],
    pods: () =>
      [...byName].flatMap(([key, uid]) => {
        const [namespace, name] = key.split('/') as [string, string];
        const pod = workers.get(uid)?.pod;
        return pod ? [{ uid, namespace, name, containers: (pod.spec?.containers ?? []).map((c) => c.name) }] : [];
      }),
    log,
  });
  usage.start();
  const logs = new LogResponder({ client, runtime, log, podUid: (ns, name) => byName.get(`${ns}/${name}`) });
  logs.start();
  const streams = new StreamResponder({ client, runtime, log, podUid: (ns, name) => byName.get(`${ns}/${name}`) });
  streams.start();

  const proxy = await startProxy(client, nodeName, internalIP, log).catch((err) => {
    log.error({ err: (err as Error).message }, 'the service proxy did not start');
    return undefined;
  });

  const resync = setInterval(() => {
    for (const w of workers.values()) w.kick();
  }, opts.timings.podResyncMs);

  return {
    nodeName,
    internalIP,
    failed,
    async close() {
      abort.abort();
      clearInterval(resync);
      await usage.stop();
      watch?.close();
      localPath.close();
      watchedObjects.close();
      logs.close();
      streams.close();
      heartbeat.close();
      for (const w of workers.values()) w.close();
      if (opts.stopPodsOnExit) {
        const sandboxes = await runtime.listSandboxes().catch(() => []);
        log.info({ pods: sandboxes.length }, 'stopping the containers of every pod (--stop-pods-on-exit)');
        await Promise.all(sandboxes.map((s) => runtime.stopSandbox(s.uid, STOP_ON_EXIT_GRACE_SECONDS).catch(() => {})));
      }
      await proxy?.close().catch(() => {});
      await metricsServer?.close();
      await runtime.close();
      await client.close();
    },
  };
}
