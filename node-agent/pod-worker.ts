/**
 * One pod on this node (the kubelet's pod worker): level-triggered and serialized. Anything that
 * may change what should happen (a pod event, a container exit, a probe flip, a back-off timer)
 * calls `kick()`; one `sync()` at a time then compares the spec with what the runtime reports
 * and acts: sandbox, init containers in order, containers, restarts with back-off, probes,
 * graceful termination, and finally the status, written only when it changed.
 */
import type { AgentMetrics } from './metrics.ts';
import { chmod, chown, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { ApiError, type ApiClient } from './api-client.ts';
import { backoffMessage, backoffWait, recordRestart, type BackoffPolicy } from './backoff.ts';
import type { AgentDNSOptions } from './config.ts';
import { buildContainerConfig, podDirOf, sandboxConfig, terminationFileOf, terminationMount, type ContainerConfigContext } from './container-config.ts';
import { hookFailureMessage, runLifecycleHook } from './lifecycle-hooks.ts';
import { podIdentity } from './pod-identity.ts';
import { ContainerConfigError, type EnvSources } from './container-env.ts';
import { directoryUsage, emptyDirLimitExceeded, limitedEmptyDirs } from './empty-dir-limits.ts';
import type { EventRecorder } from './events.ts';
import type { PodIPAllocator } from './pod-ips.ts';
import { networkFileMounts, preparePodNetworkFiles, type PodNetworkFiles } from './pod-network-files.ts';
import { computePodStatus, sameStatus, type ContainerView } from './pod-status.ts';
import { containerView, isSidecar, startProbes, stopProbes, type ContainerRecord } from './container-record.ts';
import { podFromApi, type Container, type Pod, type PodPhase } from './pod-types.ts';
import { DELETE_POD, GET_POD, UPDATE_POD_STATUS } from './queries.ts';
import type { ContainerStatus as RuntimeContainer, Runtime } from './runtime/types.ts';
import { containerMounts } from './volumes/container-mounts.ts';
import { hostMounter, type HostMounter } from './volumes/host-mounts.ts';
import { PodVolumes, type VolumeSources } from './volumes/pod-volumes.ts';
import { tokenAccess } from './volumes/api-access-volume.ts';
import type { ServiceAccountTokens } from './service-account-token.ts';

export interface PodWorkerDeps {
  runtime: Runtime;
  client: ApiClient;
  log: Logger;
  events: EventRecorder;
  ips: PodIPAllocator;
  nodeName: string;
  hostIP: string;
  dataDir: string;
  nodeCpu: number;
  nodeMemoryBytes: number;
  backoff: BackoffPolicy;
  sources: EnvSources;
  /** What ConfigMap, Secret and claim volumes show. */
  volumeSources: VolumeSources;
  /** How often file volumes are written again from their objects. */
  volumeSyncMs: number;
  /** How often the usage of disk emptyDirs with a sizeLimit is measured. */
  emptyDirCheckMs: number;
  /** What pods' /etc/resolv.conf and /etc/hosts are made of. */
  dns: AgentDNSOptions;
  /** Mounts on the node (tmpfs for emptyDir medium Memory); default the real one. */
  mounter?: HostMounter;
  /** The node's bound service-account tokens (TokenRequest, refreshed as the kubelet does). */
  tokens: ServiceAccountTokens;
  /** The agent's metrics (probe results). */
  metrics?: AgentMetrics;
  /** The sandbox the runtime already has for this pod (re-adoption after an agent restart). */
  existingSandboxIP?: string;
  /** Called once the pod is stopped, removed and (if it was being deleted) confirmed. */
  onFinished(uid: string): void;
}

/** A failed sync is retried after 1 s, doubling up to 30 s while it keeps failing. */
const RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;
const CONFIG_RETRY_MS = 2_000;
/** Kubernetes' limits on a termination message: the file, and the log's end with FallbackToLogsOnError. */
const TERMINATION_MESSAGE_MAX_BYTES = 4096;
const TERMINATION_LOG_MAX_BYTES = 2048;
/** How long a postStart hook may run (Kubernetes sets none; a hung hook must not hold the pod forever). */
const POST_START_TIMEOUT_MS = 5 * 60_000;

const isRoot = (): boolean => process.getuid?.() === 0;

/** Who owns the pod's volume folders and files (see PodVolumesDeps.ownership); a root agent only. */
function volumeOwnership(pod: Pod, isolated: boolean): { uid?: number; gid: number; setgid: boolean } | undefined {
  if (!isRoot()) return undefined;
  const sc = pod.spec.securityContext ?? {};
  const own = isolated ? podIdentity(pod.metadata.uid) : undefined;
  const gid = sc.fsGroup ?? own;
  if (gid === undefined) return undefined;
  const uid = sc.runAsUser ?? own;
  return { ...(uid !== undefined ? { uid } : {}), gid, setgid: sc.fsGroup !== undefined };
}

function rvNewer(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return BigInt(a) >= BigInt(b);
  return true;
}

export class PodWorker {
  pod: Pod;
  /** The pod is gone from the API (DELETED, or missing from a re-list). */
  private gone = false;
  private finished = false;
  private running = false;
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;
  private readonly records = new Map<string, ContainerRecord>();
  private sandboxReady = false;
  private ip: string | undefined;
  private readonly startTime: string;
  /** Succeeded or Failed: nothing runs any more, until the pod is deleted. */
  private terminalPhase: PodPhase | undefined;
  /** The pod was already finished when this worker began (an agent restart): its status is final. */
  private readonly statusFrozen: boolean;
  private initFailed = false;
  /** Every init container has completed (sidecars: started) once: later sidecar exits do not hold the containers back. */
  private initCompleted: boolean;
  /** Syncs that failed in a row. */
  private failures = 0;
  private readonly log: Logger;
  private readonly volumes: PodVolumes;
  /** When file volumes are next written again. */
  private volumesDueAt = 0;
  /** When an unreachable API server last made a volume sync say so (wall-clock ms). */
  private volumesWarnedAt = -Infinity;
  /** When the usage of emptyDirs with a sizeLimit is next measured. */
  private emptyDirsDueAt = 0;
  /** Why the agent evicted the pod, once it has. */
  private evicted: string | undefined;
  /** The pod's /etc/hosts and /etc/resolv.conf on the node, once written. */
  private networkFiles: PodNetworkFiles | undefined;

  constructor(
    pod: Pod,
    private readonly deps: PodWorkerDeps,
  ) {
    this.pod = pod;
    this.log = deps.log.child({ pod: `${pod.metadata.namespace}/${pod.metadata.name}` });
    this.startTime = pod.status?.startTime ?? new Date().toISOString();
    const phase = pod.status?.phase;
    if (phase === 'Succeeded' || phase === 'Failed') this.terminalPhase = phase;
    this.statusFrozen = this.terminalPhase !== undefined;
    this.initCompleted = (pod.status?.conditions ?? []).some((c) => c.type === 'Initialized' && c.status === 'True');
    const ipOf = () => this.ip ?? '';
    this.volumes = new PodVolumes(pod, {
      podDir: podDirOf(deps.dataDir, pod.metadata.uid),
      sources: deps.volumeSources,
      env: {
        nodeName: deps.nodeName,
        get podIP() {
          return ipOf();
        },
        hostIP: deps.hostIP,
        nodeCpu: deps.nodeCpu,
        nodeMemoryBytes: deps.nodeMemoryBytes,
      },
      // Bound to the pod; a projected token does not depend on automountServiceAccountToken (as in Kubernetes).
      serviceAccountToken: async (audience, expirationSeconds) => {
        const p = this.pod;
        const issued = await deps.tokens.get({
          namespace: p.metadata.namespace,
          serviceAccount: p.spec.serviceAccountName || 'default',
          podName: p.metadata.name,
          podUid: p.metadata.uid,
          audiences: audience ? [audience] : [],
          expirationSeconds,
        });
        return issued.token;
      },
      mounter: deps.mounter ?? hostMounter,
      ...(volumeOwnership(pod, this.isolated) ? { ownership: volumeOwnership(pod, this.isolated)! } : {}),
    });
    for (const [list, init] of [
      [pod.spec.initContainers ?? [], true],
      [pod.spec.containers, false],
    ] as const) {
      const statuses = (init ? pod.status?.initContainerStatuses : pod.status?.containerStatuses) ?? [];
      for (const spec of list) {
        const old = statuses.find((s) => s.name === spec.name);
        const rec: ContainerRecord = { spec, init, restartCount: old?.restartCount ?? 0, backoff: {}, probes: {} };
        const id = old?.containerID?.replace(/^[a-z]+:\/\//, '');
        if (id && old?.state?.running) rec.adoptedReady = { id, ready: old.ready };
        this.records.set(spec.name, rec);
      }
    }
  }

  get uid(): string {
    return this.pod.metadata.uid;
  }

  /** The pod runs as its own unprivileged identity (pod-identity.ts): the process runtime on a root agent. */
  get isolated(): boolean {
    return this.deps.runtime.name === 'process' && isRoot();
  }

  /** A newer version of the pod from the watch or from a write. */
  update(pod: Pod): void {
    if (!rvNewer(pod.metadata.resourceVersion, this.pod.metadata.resourceVersion)) return;
    this.pod = pod;
    this.volumes.update(pod);
    this.kick();
  }

  /**
   * An object one of the pod's volumes shows changed (made, edited or deleted): its files are
   * written again on the next sync, not at the end of the periodic `volumeSyncMs`.
   */
  volumeSourceChanged(): void {
    this.volumesDueAt = 0;
    this.kick();
  }

  /** The pod no longer exists in the API: stop and remove it. */
  markGone(): void {
    this.gone = true;
    this.kick();
  }

  kick(): void {
    if (this.finished) return;
    this.dirty = true;
    if (this.running) return;
    this.running = true;
    void this.loop();
  }

  private async loop(): Promise<void> {
    try {
      while (this.dirty && !this.finished) {
        this.dirty = false;
        try {
          await this.sync();
          this.failures = 0;
        } catch (err) {
          const code = err instanceof ApiError ? err.code : undefined;
          const retryMs = Math.min(MAX_RETRY_MS, RETRY_MS * 2 ** this.failures++);
          this.log[code === 'UNAVAILABLE' ? 'debug' : 'warn']({ err: (err as Error).message, retryMs }, 'pod sync failed; retrying');
          this.after(retryMs);
        }
      }
    } finally {
      this.running = false;
    }
  }

  /** Syncs again in `ms` (the earliest of the requested times wins). */
  private after(ms: number): void {
    const at = Date.now() + ms;
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Infinity;
      this.kick();
    }, ms);
  }

  // ─── the sync ──────────────────────────────────────────────────────────────────────────────

  private async sync(): Promise<void> {
    if (this.gone || this.pod.metadata.deletionTimestamp) return this.terminate();
    await this.refreshContainers();
    if (this.terminalPhase) {
      if (!this.statusFrozen) await this.writeStatus(true);
      return;
    }
    await this.ensureSandbox();
    await this.syncVolumes();
    if (await this.checkEmptyDirLimits()) return;
    const initDone = await this.syncInitContainers();
    if (initDone && !this.initFailed) await this.syncContainers();
    if (this.workloadFinished()) {
      await this.stopSidecars(this.pod.spec.terminationGracePeriodSeconds ?? 30);
      await this.refreshContainers();
    }
    await this.writeStatus(initDone);
  }

  /** Reads this pod's containers from the runtime: the latest attempt of each is `current`. */
  private async refreshContainers(): Promise<void> {
    const all = await this.deps.runtime.listContainers(this.uid);
    const byName = new Map<string, RuntimeContainer[]>();
    for (const c of all) {
      const list = byName.get(c.name) ?? [];
      list.push(c);
      byName.set(c.name, list);
    }
    for (const [name, rec] of this.records) {
      const list = (byName.get(name) ?? []).sort((a, b) => b.attempt - a.attempt);
      rec.current = list[0];
      rec.previous = list[1];
      if (rec.current) rec.restartCount = Math.max(rec.restartCount, rec.current.attempt);
      for (const c of [rec.current, rec.previous]) if (c?.state === 'exited') c.message = await this.terminationMessage(rec, c);
      // Older attempts are of no use (logs go back one attempt, as in Kubernetes).
      for (const old of list.slice(2)) void this.deps.runtime.removeContainer(old.id).catch(() => {});
    }
  }

  /**
   * What `state.terminated.message` shows: the file the container wrote at its
   * terminationMessagePath (at most 4 KiB) or, with FallbackToLogsOnError, when that is empty and
   * the container failed, the end of its log (80 lines, 2 KiB). Read once per attempt.
   */
  private async terminationMessage(rec: ContainerRecord, c: RuntimeContainer): Promise<string | undefined> {
    rec.messages ??= new Map();
    if (rec.messages.has(c.id)) return rec.messages.get(c.id) || c.message;
    let message = '';
    try {
      const buf = await readFile(terminationFileOf(podDirOf(this.deps.dataDir, this.uid), rec.spec.name, c.attempt));
      message = buf.subarray(0, TERMINATION_MESSAGE_MAX_BYTES).toString('utf8');
    } catch {
      // never written, or not mounted (see container-config.ts)
    }
    if (!message && rec.spec.terminationMessagePolicy === 'FallbackToLogsOnError' && (c.exitCode ?? 0) !== 0) {
      try {
        const lines: string[] = [];
        for await (const line of this.deps.runtime.logs(c.id, { follow: false, tailLines: 80, signal: AbortSignal.timeout(5_000) })) lines.push(line);
        message = Buffer.from(lines.join('')).subarray(-TERMINATION_LOG_MAX_BYTES).toString('utf8');
      } catch {
        // the log is gone
      }
    }
    rec.messages.set(c.id, message);
    // Only the attempts the pod still shows are kept.
    for (const id of rec.messages.keys()) if (id !== rec.current?.id && id !== rec.previous?.id && id !== c.id) rec.messages.delete(id);
    return message || c.message;
  }

  /**
   * An isolated pod's folder: root's, readable by the pod's group (its containers' working
   * folder), writable by nobody else: the agent writes logs and token files there as root, so a
   * pod must not be able to swap them for links. `pods/` above it may be passed through, not
   * listed (a process must reach its own working folder: `sh` resolves it at start).
   */
  private async guardPodDir(): Promise<void> {
    const podDir = podDirOf(this.deps.dataDir, this.uid);
    await mkdir(podDir, { recursive: true });
    await chmod(path.dirname(podDir), 0o711);
    await chown(podDir, 0, podIdentity(this.uid));
    await chmod(podDir, 0o750);
  }

  private async ensureSandbox(): Promise<void> {
    if (this.sandboxReady) return;
    this.ip = this.deps.ips.allocate(this.uid, this.deps.existingSandboxIP ?? this.pod.status?.podIP);
    if (this.deps.existingSandboxIP === undefined) {
      await this.deps.runtime.runSandbox(sandboxConfig(this.pod, this.ip, podDirOf(this.deps.dataDir, this.uid)));
    }
    if (this.isolated) await this.guardPodDir();
    this.sandboxReady = true;
  }

  /**
   * Every `volumeSyncMs`, writes the files of ConfigMap, Secret, downward API and projected
   * volumes again (so containers see the objects' changes), and prepares volumes a re-adopted
   * pod's worker has not seen yet. A failure here is only logged: a container start reports it.
   */
  private async syncVolumes(): Promise<void> {
    if (!this.volumes.updatable && this.volumes.ready) return;
    const now = Date.now();
    if (now < this.volumesDueAt) {
      // A timer may fire a millisecond early: keep the chain of syncs going.
      this.after(this.volumesDueAt - now);
      return;
    }
    this.volumesDueAt = now + this.deps.volumeSyncMs;
    if (this.volumes.updatable) this.after(this.deps.volumeSyncMs);
    try {
      if (!this.volumes.ready) await this.volumes.setUp();
      else {
        const changed = await this.volumes.refresh();
        if (changed.length) this.log.debug({ volumes: changed }, 'volume files updated');
      }
    } catch (err) {
      // The API server out of reach: the next sync tries again; said at most every 30 s.
      const unavailable = err instanceof ApiError && err.code === 'UNAVAILABLE';
      if (unavailable && now - this.volumesWarnedAt < 30_000) return;
      if (unavailable) this.volumesWarnedAt = now;
      this.log.warn({ err: (err as Error).message }, 'could not bring the volume files up to date');
    }
  }

  /**
   * Every `emptyDirCheckMs`, measures the disk emptyDirs that have a sizeLimit; a pod over one is
   * evicted (true then). Measuring fails softly: a volume that cannot be read counts as empty.
   */
  private async checkEmptyDirLimits(): Promise<boolean> {
    const limited = limitedEmptyDirs(this.pod.spec.volumes);
    if (limited.length === 0) return false;
    const now = Date.now();
    if (now < this.emptyDirsDueAt) {
      this.after(this.emptyDirsDueAt - now);
      return false;
    }
    this.emptyDirsDueAt = now + this.deps.emptyDirCheckMs;
    this.after(this.deps.emptyDirCheckMs);
    const usage = new Map<string, number>();
    for (const v of limited) usage.set(v.name, (await directoryUsage(this.volumes.emptyDirPath(v.name))).bytes);
    const message = emptyDirLimitExceeded(limited, usage);
    if (message === null) return false;
    await this.evict(message);
    return true;
  }

  /**
   * Evicts the pod as the kubelet's eviction manager does for local storage: an Evicted event,
   * every container killed at once (grace period 0, no preStop hook), and the pod Failed with
   * reason Evicted. Nothing restarts it; its controller (if any) makes a new one.
   */
  private async evict(message: string): Promise<void> {
    this.evicted = message;
    this.terminalPhase = 'Failed';
    this.log.info({ message }, 'evicting the pod');
    this.deps.events.record({ namespace: this.pod.metadata.namespace, name: this.pod.metadata.name, uid: this.uid }, 'Warning', 'Evicted', message);
    for (const rec of this.records.values()) this.stopProbes(rec);
    const live = (await this.deps.runtime.listContainers(this.uid)).filter((c) => c.state !== 'exited');
    await Promise.all(live.map((c) => this.deps.runtime.stopContainer(c.id, 0)));
    for (const rec of this.records.values()) rec.waiting = undefined;
    await this.refreshContainers();
    await this.writeStatus(true);
  }

  /**
   * The pod's /etc/hosts and /etc/resolv.conf, written on its first container start (the pod's
   * IP is known then); the policy's warnings (MissingClusterDNS, DNSConfigForming) become events.
   */
  private async podNetworkFiles(): Promise<PodNetworkFiles> {
    if (!this.networkFiles) {
      const podDir = podDirOf(this.deps.dataDir, this.uid);
      await mkdir(podDir, { recursive: true });
      this.networkFiles = await preparePodNetworkFiles({ pod: this.pod, podIP: this.ip!, podDir, dns: this.deps.dns });
      for (const [reason, message] of this.networkFiles.warnings) {
        this.deps.events.record({ namespace: this.pod.metadata.namespace, name: this.pod.metadata.name, uid: this.uid }, 'Warning', reason, message);
      }
    }
    return this.networkFiles;
  }

  /** Whether containers can be shown files at paths of their own: podman, or the process runtime's mount namespaces (a root agent). */
  private get canMountFiles(): boolean {
    return this.deps.runtime.name === 'podman' || isRoot();
  }

  /**
   * Runs init containers in order; true once all have completed. A sidecar (restartPolicy
   * Always) counts as done once it runs (and, with a startup or readiness probe, once that
   * passed); it is kept running, and restarted when it exits, for the pod's whole life.
   */
  private async syncInitContainers(): Promise<boolean> {
    const policy = this.pod.spec.restartPolicy ?? 'Always';
    for (const spec of this.pod.spec.initContainers ?? []) {
      const rec = this.records.get(spec.name)!;
      const cur = rec.current;
      if (isSidecar(rec)) {
        if (await this.syncSidecar(rec)) continue;
        if (!this.initCompleted) return false;
        continue;
      }
      if (this.initCompleted) continue;
      if (cur?.state === 'exited' && cur.exitCode === 0) {
        rec.waiting = undefined;
        continue;
      }
      if (!cur) {
        await this.start(rec);
        return false;
      }
      if (cur.state === 'created') {
        await this.startCreated(rec, cur);
        return false;
      }
      if (cur.state !== 'exited') return false;
      // Failed: Never fails the pod; otherwise the init container is retried with back-off.
      if (policy === 'Never') {
        this.initFailed = true;
        rec.waiting = undefined;
        return false;
      }
      await this.restartWithBackoff(rec, cur);
      return false;
    }
    this.initCompleted = true;
    return true;
  }

  /** Keeps a sidecar running; true when it runs and is started (and ready, if it has a readiness probe). */
  private async syncSidecar(rec: ContainerRecord): Promise<boolean> {
    const cur = rec.current;
    if (this.workloadFinished()) return true;
    if (!cur) {
      await this.start(rec);
      return false;
    }
    if (cur.state === 'created') {
      await this.startCreated(rec, cur);
      return false;
    }
    if (cur.state === 'exited') {
      this.stopProbes(rec);
      await this.restartWithBackoff(rec, cur);
      return false;
    }
    rec.waiting = undefined;
    if (rec.killFor?.id === cur.id) {
      await this.kill(rec, cur, rec.killFor.message);
      return false;
    }
    this.ensureProbes(rec, cur);
    const view = this.view(rec);
    return view.started && (!rec.spec.readinessProbe || view.ready);
  }

  /**
   * A pod whose restartPolicy is not Always and whose containers have all ended for good: its
   * sidecars are no longer needed (they must not keep a Job's pod from completing).
   */
  private workloadFinished(): boolean {
    const policy = this.pod.spec.restartPolicy ?? 'Always';
    if (policy === 'Always' || !this.initCompleted) return false;
    return this.pod.spec.containers.every((spec) => {
      const cur = this.records.get(spec.name)?.current;
      return cur?.state === 'exited' && (policy === 'Never' || cur.exitCode === 0);
    });
  }

  /** Stops the running sidecars, last first (as Kubernetes does), within `graceSeconds` in all. */
  private async stopSidecars(graceSeconds: number, live?: RuntimeContainer[]): Promise<void> {
    const deadline = Date.now() + graceSeconds * 1000;
    const sidecars = (this.pod.spec.initContainers ?? []).map((c) => this.records.get(c.name)!).filter((r) => isSidecar(r)).reverse();
    for (const rec of sidecars) {
      const running = live ? live.filter((c) => c.name === rec.spec.name) : rec.current && rec.current.state !== 'exited' ? [rec.current] : [];
      for (const c of running) {
        this.stopProbes(rec);
        this.event(rec, 'Normal', 'Killing', `Stopping container ${rec.spec.name}`);
        await this.stopWithHook(rec, c, Math.max(0, Math.ceil((deadline - Date.now()) / 1000)));
      }
    }
  }

  private async syncContainers(): Promise<void> {
    const policy = this.pod.spec.restartPolicy ?? 'Always';
    for (const spec of this.pod.spec.containers) {
      const rec = this.records.get(spec.name)!;
      const cur = rec.current;
      if (!cur) {
        await this.start(rec);
        continue;
      }
      if (cur.state === 'created') {
        await this.startCreated(rec, cur);
        continue;
      }
      if (cur.state === 'running' || cur.state === 'unknown') {
        rec.waiting = undefined;
        if (rec.killFor?.id === cur.id) {
          await this.kill(rec, cur, rec.killFor.message);
          continue;
        }
        this.ensureProbes(rec, cur);
        continue;
      }
      // Exited.
      this.stopProbes(rec);
      const restart = policy === 'Always' || (policy === 'OnFailure' && (cur.exitCode ?? 1) !== 0);
      if (restart) await this.restartWithBackoff(rec, cur);
      else rec.waiting = undefined;
    }
  }

  private async restartWithBackoff(rec: ContainerRecord, exited: RuntimeContainer): Promise<void> {
    const now = Date.now();
    const run = { startedAt: exited.startedAt?.getTime() ?? now, finishedAt: exited.finishedAt?.getTime() ?? now };
    const wait = backoffWait(rec.backoff, run, now, this.deps.backoff);
    if (wait > 0) {
      const message = backoffMessage(rec.backoff.delayMs!, rec.spec.name, this.pod.metadata);
      rec.waiting = { reason: 'CrashLoopBackOff', message };
      if (rec.backoffEventFor !== exited.id) {
        rec.backoffEventFor = exited.id;
        this.event(rec, 'Warning', 'BackOff', 'Back-off restarting failed container');
      }
      this.after(wait);
      return;
    }
    recordRestart(rec.backoff, this.deps.backoff);
    rec.restartCount++;
    await this.start(rec);
  }

  /** Creates and starts the next attempt of a container. */
  private async start(rec: ContainerRecord): Promise<void> {
    const attempt = rec.restartCount;
    const ctx: ContainerConfigContext = {
      nodeName: this.deps.nodeName,
      podIP: this.ip!,
      hostIP: this.deps.hostIP,
      nodeCpu: this.deps.nodeCpu,
      nodeMemoryBytes: this.deps.nodeMemoryBytes,
      runtimeName: this.deps.runtime.name,
      podDir: podDirOf(this.deps.dataDir, this.uid),
      sources: this.deps.sources,
      isolate: this.isolated,
    };
    let id: string;
    const t0 = Date.now();
    try {
      const volumes = await this.volumes.setUp();
      // The service-account volume the admission wrote into the pod (api-access-volume.ts).
      const { container: spec, tokenFile } = tokenAccess(rec.spec, { canMount: this.canMountFiles, volumeDir: (name) => volumes.get(name)?.hostPath });
      ctx.serviceAccountTokenFile = tokenFile;
      const config = await buildContainerConfig(this.pod, spec, attempt, ctx);
      const mounts = [...(config.mounts ?? []), ...containerMounts(spec, volumes, config.env)];
      if (this.canMountFiles) mounts.push(...networkFileMounts(rec.spec, await this.podNetworkFiles()));
      const termination = await terminationMount(rec.spec, attempt, ctx.podDir, this.deps.runtime.name, this.isolated ? podIdentity(this.uid) : undefined);
      if (termination) mounts.push(termination);
      if (mounts.length) config.mounts = mounts;
      this.log.debug({ container: rec.spec.name, ms: Date.now() - t0 }, 'container configured');
      id = await this.deps.runtime.createContainer(this.uid, config);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'UNAVAILABLE') throw err;
      const message = (err as Error).message;
      const reason = err instanceof ContainerConfigError || err instanceof ApiError ? 'CreateContainerConfigError' : 'CreateContainerError';
      if (rec.waiting?.message !== message) this.event(rec, 'Warning', 'Failed', `Error: ${message}`);
      rec.waiting = { reason, message };
      this.after(CONFIG_RETRY_MS);
      return;
    }
    // The process runtime has no images: "already present" would be a claim about nothing.
    if (rec.spec.image && this.deps.runtime.name !== 'process') this.event(rec, 'Normal', 'Pulled', `Container image "${rec.spec.image}" already present on machine`);
    this.event(rec, 'Normal', 'Created', `Created container ${rec.spec.name}`);
    await this.startCreated(rec, { id } as RuntimeContainer);
  }

  private async startCreated(rec: ContainerRecord, c: Pick<RuntimeContainer, 'id'>): Promise<void> {
    try {
      await this.deps.runtime.startContainer(c.id);
    } catch (err) {
      const message = (err as Error).message;
      this.event(rec, 'Warning', 'Failed', `Error: ${message}`);
      rec.waiting = { reason: 'RunContainerError', message };
      // A container that cannot start is retried like one that crashed.
      await this.deps.runtime.removeContainer(c.id).catch(() => {});
      recordRestart(rec.backoff, this.deps.backoff);
      this.after(rec.backoff.delayMs!);
      return;
    }
    rec.waiting = undefined;
    this.event(rec, 'Normal', 'Started', `Started container ${rec.spec.name}`);
    const status = await this.deps.runtime.containerStatus(c.id);
    if (status) {
      rec.previous = rec.current && rec.current.id !== status.id ? rec.current : rec.previous;
      rec.current = status;
      if (status.state === 'running' && !(await this.postStart(rec, status))) return;
      if (status.state === 'running') this.ensureProbes(rec, status);
    }
  }

  /**
   * Runs the postStart hook; until it ends the sync waits, so the pod's status does not show the
   * container running. A failed hook kills the container (restarted per policy); false then.
   */
  private async postStart(rec: ContainerRecord, cur: RuntimeContainer): Promise<boolean> {
    const handler = rec.spec.lifecycle?.postStart;
    if (!handler) return true;
    rec.hookRunning = true;
    let error: string | null;
    try {
      error = await runLifecycleHook(handler, this.hookTarget(rec, cur), POST_START_TIMEOUT_MS);
    } finally {
      rec.hookRunning = false;
    }
    if (error === null) return true;
    const message = hookFailureMessage('PostStart', handler, rec.spec.name, this.pod.metadata, error);
    this.event(rec, 'Warning', 'FailedPostStartHook', message);
    rec.waiting = { reason: 'PostStartHookError', message };
    await this.stopWithHook(rec, cur, this.pod.spec.terminationGracePeriodSeconds ?? 30);
    // Never shown running: the status written after this sync reads the exited attempt.
    rec.current = (await this.deps.runtime.containerStatus(cur.id)) ?? rec.current;
    this.dirty = true;
    return false;
  }

  private hookTarget(rec: ContainerRecord, cur: Pick<RuntimeContainer, 'id'>) {
    return { podIP: this.ip ?? this.pod.status?.podIP ?? '', ports: rec.spec.ports ?? [], exec: (command: string[], timeoutMs: number) => this.deps.runtime.exec(cur.id, command, timeoutMs) };
  }

  /** Stops a container whose liveness or startup probe failed; the exit brings the restart. */
  private async kill(rec: ContainerRecord, cur: RuntimeContainer, message: string): Promise<void> {
    this.stopProbes(rec);
    this.event(rec, 'Normal', 'Killing', message);
    const probeGrace = rec.spec.livenessProbe?.terminationGracePeriodSeconds;
    await this.stopWithHook(rec, cur, probeGrace ?? this.pod.spec.terminationGracePeriodSeconds ?? 30);
    rec.killFor = undefined;
    this.dirty = true;
  }

  /** Stops a container: its preStop hook first (within the grace period), then SIGTERM, SIGKILL. */
  private async stopWithHook(rec: ContainerRecord | undefined, c: RuntimeContainer, graceSeconds: number): Promise<void> {
    const handler = rec?.spec.lifecycle?.preStop;
    let grace = graceSeconds;
    if (rec && handler && c.state === 'running' && graceSeconds > 0) {
      const t0 = Date.now();
      const error = await runLifecycleHook(handler, this.hookTarget(rec, c), graceSeconds * 1000);
      if (error !== null) this.event(rec, 'Warning', 'FailedPreStopHook', hookFailureMessage('PreStop', handler, rec.spec.name, this.pod.metadata, error));
      // The hook's time comes out of the grace period; SIGTERM then gets at least 2 s (as kubelet's minimum).
      grace = Math.max(2, graceSeconds - Math.floor((Date.now() - t0) / 1000));
    }
    await this.deps.runtime.stopContainer(c.id, grace);
  }

  // ─── probes ────────────────────────────────────────────────────────────────────────────────

  private ensureProbes(rec: ContainerRecord, cur: RuntimeContainer): void {
    startProbes(rec, cur, {
      podIP: this.ip!,
      runtime: this.deps.runtime,
      onFailure: (kind, message) => this.event(rec, 'Warning', 'Unhealthy', `${kind[0]!.toUpperCase()}${kind.slice(1)} probe failed: ${message}`),
      onChange: () => this.kick(),
      onCheck: (kind, ok) => this.deps.metrics?.probeResults.inc({ probe: kind, result: ok ? 'success' : 'failure' }),
    });
  }

  private stopProbes(rec: ContainerRecord): void {
    stopProbes(rec);
  }

  private view(rec: ContainerRecord): ContainerView {
    return containerView(rec, this.initDoneNow());
  }

  private initDoneNow(): boolean {
    if (this.initCompleted) return true;
    return (this.pod.spec.initContainers ?? []).every((c) => {
      const rec = this.records.get(c.name)!;
      const cur = rec.current;
      if (isSidecar(rec)) return cur?.state === 'running' || cur?.state === 'unknown';
      return cur?.state === 'exited' && cur.exitCode === 0;
    });
  }

  // ─── status ────────────────────────────────────────────────────────────────────────────────

  private async writeStatus(initDone: boolean): Promise<void> {
    const init = (this.pod.spec.initContainers ?? []).map((c) => this.view(this.records.get(c.name)!));
    const containers = this.pod.spec.containers.map((c) => this.view(this.records.get(c.name)!));
    const status = computePodStatus({
      pod: this.pod,
      runtimeName: this.deps.runtime.name,
      hostIP: this.deps.hostIP,
      podIP: this.ip ?? this.pod.status?.podIP,
      startTime: this.startTime,
      init,
      containers,
      initDone: initDone || this.initDoneNow(),
      initFailed: this.initFailed,
      ...(this.evicted !== undefined ? { evicted: this.evicted } : {}),
      now: new Date().toISOString(),
    });
    if (status.phase === 'Succeeded' || status.phase === 'Failed') {
      if (!this.terminalPhase) this.log.info({ phase: status.phase }, 'pod finished');
      this.terminalPhase = status.phase;
      for (const rec of this.records.values()) this.stopProbes(rec);
    }
    if (sameStatus(status, this.pod.status)) return;
    const t0 = Date.now();
    try {
      const { updatePodStatus } = await this.deps.client.request(UPDATE_POD_STATUS, {
        namespace: this.pod.metadata.namespace,
        name: this.pod.metadata.name,
        status,
        resourceVersion: this.pod.metadata.resourceVersion,
      });
      this.log.debug({ phase: status.phase, ms: Date.now() - t0 }, 'status written');
      this.update(podFromApi(updatePodStatus));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.code === 'CONFLICT') {
        await this.reread();
        this.dirty = true;
      } else if (err.code === 'NOT_FOUND') {
        this.gone = true;
        this.dirty = true;
      } else throw err;
    }
  }

  private async reread(): Promise<void> {
    const { pod } = await this.deps.client.request(GET_POD, { namespace: this.pod.metadata.namespace, name: this.pod.metadata.name });
    if (!pod || pod.metadata.uid !== this.uid) this.gone = true;
    else this.pod = podFromApi(pod);
  }

  // ─── termination ───────────────────────────────────────────────────────────────────────────

  private async terminate(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    for (const rec of this.records.values()) this.stopProbes(rec);
    const grace = this.pod.metadata.deletionGracePeriodSeconds ?? this.pod.spec.terminationGracePeriodSeconds ?? 30;
    const deadline = Date.now() + grace * 1000;
    const containers = await this.deps.runtime.listContainers(this.uid);
    const live = containers.filter((c) => c.state !== 'exited');
    const sidecar = (c: RuntimeContainer) => {
      const rec = this.records.get(c.name);
      return rec !== undefined && isSidecar(rec);
    };
    // The containers first; the sidecars they may depend on after them, in reverse order.
    await Promise.all(
      live
        .filter((c) => !sidecar(c))
        .map(async (c) => {
          const rec = this.records.get(c.name);
          if (rec) this.event(rec, 'Normal', 'Killing', `Stopping container ${c.name}`);
          await this.stopWithHook(rec, c, grace);
        }),
    );
    await this.stopSidecars(Math.max(0, Math.ceil((deadline - Date.now()) / 1000)), live.filter(sidecar));
    for (const c of containers) await this.deps.runtime.removeContainer(c.id).catch(() => {});
    await this.deps.runtime.removeSandbox(this.uid).catch((err) => this.log.debug({ err: (err as Error).message }, 'could not remove the sandbox'));
    await this.volumes.tearDown().catch((err) => this.log.warn({ err: (err as Error).message }, 'could not unmount the pod volumes'));
    await rm(podDirOf(this.deps.dataDir, this.uid), { recursive: true, force: true });
    this.deps.ips.release(this.uid);
    this.deps.tokens.forgetPod(this.uid);
    if (!this.gone) await this.confirmDeletion();
    this.finished = true;
    this.deps.events.forget(this.uid);
    this.log.info('pod stopped and removed');
    this.deps.onFinished(this.uid);
  }

  /** Tells the API the pod's containers are gone (deletePod with grace 0), for this uid only. */
  private async confirmDeletion(): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        await this.deps.client.request(DELETE_POD, {
          namespace: this.pod.metadata.namespace,
          name: this.pod.metadata.name,
          gracePeriodSeconds: 0,
          resourceVersion: this.pod.metadata.resourceVersion,
        });
        return;
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        if (err.code === 'NOT_FOUND') return;
        if (err.code !== 'CONFLICT') throw err;
        await this.reread();
        if (this.gone) return;
      }
    }
  }

  private event(rec: ContainerRecord, type: 'Normal' | 'Warning', reason: string, message: string): void {
    const field = rec.init ? 'initContainers' : 'containers';
    this.deps.events.record(
      { namespace: this.pod.metadata.namespace, name: this.pod.metadata.name, uid: this.uid, fieldPath: `spec.${field}{${rec.spec.name}}` },
      type,
      reason,
      message,
    );
  }

  /** Stops timers and probes without touching the containers (the agent is shutting down). */
  close(): void {
    this.finished = true;
    if (this.timer) clearTimeout(this.timer);
    for (const rec of this.records.values()) this.stopProbes(rec);
  }

  /** The runtime ids of this pod's current and previous attempt of `container` (for logs). */
  containerIds(container: string): { current?: string; previous?: string } | undefined {
    const rec = this.records.get(container);
    if (!rec) return undefined;
    return { current: rec.current?.id, previous: rec.previous?.id };
  }
}
