/**
 * Removes the directories of this node's deleted local-path volumes (what rancher's
 * local-path-provisioner does with a helper pod on the node). The persistent-volume controller
 * provisions each volume as `<local-path root>/<volume name>`, labelled
 * `capstan.io/local-path-node=<node>` and held by the finalizer `capstan.io/local-path-cleanup`.
 * The agent watches the volumes labelled for it (over its graphql-ws connection, resuming like
 * the pod watch) and, once one is being deleted:
 *
 * - reclaim policy Delete: removes the directory, then the finalizer;
 * - any other policy (Retain): keeps the directory, removes the finalizer;
 * - a path that is not `<root>/<volume name>` under this agent's root: removes nothing (the agent
 *   never deletes what it did not provision: its root and the workers' must agree), records a
 *   Warning event, removes the finalizer.
 *
 * While a pod on this node still mounts the volume's claim, the directory is left alone and
 * looked at again later. A node without a disk (a hollow node, `diskless`) removes nothing and
 * only the finalizer, through the same watch and the same node authorization. The store deletes the volume once its last finalizer is gone. A node may
 * write nothing else of a volume (server/auth/node-restriction.ts).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { AgentLogger } from './proxy/list-watch.ts';
import { ApiError, type ApiClient } from './api-client.ts';
import { CREATE_EVENT } from './queries.ts';
import { ResumableWatch } from './resumable-watch.ts';

/** The names the server uses (server/storage/local-path-cleanup.ts): the agent imports no server code. */
export const LOCAL_PATH_CLEANUP_FINALIZER = 'capstan.io/local-path-cleanup';
export const LOCAL_PATH_NODE_LABEL = 'capstan.io/local-path-node';
/** Where volumes live unless CAPSTAN_LOCAL_PATH_ROOT says otherwise (the workers' default too). */
export const DEFAULT_LOCAL_PATH_ROOT = '/var/lib/capstan/volumes';

/** The fields of a volume the cleanup reads. */
export interface LocalPathVolume {
  metadata: { name: string; uid?: string; resourceVersion?: string; labels?: Record<string, string>; finalizers?: string[]; deletionTimestamp?: string };
  spec?: {
    persistentVolumeReclaimPolicy?: string;
    hostPath?: { path?: string };
    local?: { path?: string };
    claimRef?: { namespace?: string; name?: string };
  };
}

const VOLUME_SELECTION = `metadata { name uid resourceVersion labels finalizers deletionTimestamp }
  spec { persistentVolumeReclaimPolicy hostPath { path } local { path } claimRef { namespace name } }`;

export const WATCH_LOCAL_PATH_VOLUMES = `subscription AgentLocalPathVolumes($labelSelector: String, $resourceVersion: String) {
  watchPersistentVolumes(labelSelector: $labelSelector, resourceVersion: $resourceVersion) { type resourceVersion object { ${VOLUME_SELECTION} } }
}`;

export const GET_LOCAL_PATH_VOLUME = `query AgentLocalPathVolume($name: String!) { persistentVolume(name: $name) { ${VOLUME_SELECTION} } }`;

export const RELEASE_LOCAL_PATH_VOLUME = `mutation AgentReleaseVolume($name: String!, $patch: JSON!, $resourceVersion: String) {
  patchPersistentVolume(name: $name, patch: $patch, resourceVersion: $resourceVersion) { metadata { name } }
}`;

export type CleanupAction =
  /** Not this agent's business (yet): not being deleted, no finalizer, another node's. */
  | { kind: 'none' }
  /** Remove `dir`, then the finalizer. */
  | { kind: 'remove'; dir: string }
  /** Keep the directory, remove the finalizer; `warning` says why when it is not the policy's choice. */
  | { kind: 'keep'; reason: string; warning?: boolean };

/** The root from CAPSTAN_LOCAL_PATH_ROOT (absolute, no trailing slash), or the default. */
export function localPathRootFrom(value: string | undefined): string {
  const root = value?.trim();
  if (!root) return DEFAULT_LOCAL_PATH_ROOT;
  if (!path.isAbsolute(root)) throw new Error(`the local-path root must be an absolute path, not "${root}"`);
  return path.resolve(root);
}

/**
 * The directory of `pv` this agent may remove: exactly `<root>/<volume name>` (what the
 * provisioner makes), never the root itself, a path outside it, or one nested deeper.
 */
export function volumeDirectory(pv: LocalPathVolume, root: string): string | undefined {
  const given = pv.spec?.hostPath?.path ?? pv.spec?.local?.path;
  const name = pv.metadata.name;
  if (!given || !path.isAbsolute(given) || !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name) || name.includes('..')) return undefined;
  const dir = path.resolve(given);
  const base = path.resolve(root);
  if (base === path.parse(base).root) return undefined;
  return dir === path.join(base, name) ? dir : undefined;
}

/** What to do about `pv` on node `nodeName` with local-path root `root`. */
export function cleanupAction(pv: LocalPathVolume, nodeName: string, root: string): CleanupAction {
  const m = pv.metadata;
  if (!m.deletionTimestamp || !(m.finalizers ?? []).includes(LOCAL_PATH_CLEANUP_FINALIZER)) return { kind: 'none' };
  if (m.labels?.[LOCAL_PATH_NODE_LABEL] !== nodeName) return { kind: 'none' };
  const policy = pv.spec?.persistentVolumeReclaimPolicy ?? 'Retain';
  if (policy !== 'Delete') return { kind: 'keep', reason: `reclaim policy ${policy} keeps the directory` };
  const dir = volumeDirectory(pv, root);
  if (!dir) {
    const given = pv.spec?.hostPath?.path ?? pv.spec?.local?.path ?? '(none)';
    return { kind: 'keep', warning: true, reason: `its path ${given} is not ${path.join(root, m.name)} under this node's local-path root ${root}: nothing was removed` };
  }
  return { kind: 'remove', dir };
}

/** The merge patch that drops the cleanup finalizer and keeps the others. */
export function releasePatch(pv: LocalPathVolume): { metadata: { finalizers: string[] } } {
  return { metadata: { finalizers: (pv.metadata.finalizers ?? []).filter((f) => f !== LOCAL_PATH_CLEANUP_FINALIZER) } };
}

export interface LocalPathCleanupOptions {
  client: ApiClient;
  nodeName: string;
  /** This node's local-path root (CAPSTAN_LOCAL_PATH_ROOT). */
  root: string;
  log: AgentLogger;
  /**
   * The node has no disk (a hollow node): nothing is removed, whatever the volume's path and
   * whether its claim is in use; the finalizer is removed, as after a cleanup.
   */
  diskless?: boolean;
  /** Whether a pod on this node still mounts the claim (the volume's claimRef); its directory then waits. */
  claimInUse?(namespace: string, name: string): boolean;
  /** How long a volume whose claim is in use waits, and the first back-off after a failed step, doubling to 30 s (default 1 s). */
  retryMs?: number;
  /** Removes a directory (tests may observe it); default `rm -r`. */
  removeDirectory?(dir: string): Promise<void>;
}

/** The watch and the work queue of one node's volume cleanups. */
export class LocalPathCleanup {
  private readonly watch: ResumableWatch<LocalPathVolume>;
  /** The latest version of each volume that needs work. */
  private readonly pending = new Map<string, LocalPathVolume>();
  private readonly attempts = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private running = false;
  private closed = false;
  private readonly removeDirectory: (dir: string) => Promise<void>;

  constructor(private readonly opts: LocalPathCleanupOptions) {
    this.removeDirectory = opts.removeDirectory ?? ((dir) => rm(dir, { recursive: true, force: true }));
    this.watch = new ResumableWatch<LocalPathVolume>({
      client: opts.client,
      query: WATCH_LOCAL_PATH_VOLUMES,
      field: 'watchPersistentVolumes',
      variables: { labelSelector: `${LOCAL_PATH_NODE_LABEL}=${opts.nodeName}` },
      log: opts.log,
      onEvent: (type, pv) => {
        if (type === 'DELETED') this.forget(pv.metadata.name);
        else this.offer(pv);
      },
      onListed: (volumes) => {
        const listed = new Set(volumes.map((v) => v.metadata.name));
        for (const name of [...this.pending.keys()]) if (!listed.has(name)) this.forget(name);
      },
    });
  }

  /** Resolves once the volumes of the node were first listed. */
  get listed(): Promise<void> {
    return this.watch.listed;
  }

  start(): void {
    this.watch.start();
  }

  close(): void {
    this.closed = true;
    this.watch.close();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private offer(pv: LocalPathVolume): void {
    if (cleanupAction(pv, this.opts.nodeName, this.opts.root).kind === 'none') {
      this.forget(pv.metadata.name);
      return;
    }
    this.pending.set(pv.metadata.name, pv);
    this.pump();
  }

  private forget(name: string): void {
    this.pending.delete(name);
    this.attempts.delete(name);
    clearTimeout(this.timers.get(name));
    this.timers.delete(name);
  }

  /** One volume at a time: cleanups are rare, and a node's disk is one. */
  private pump(): void {
    if (this.running || this.closed) return;
    const next = [...this.pending.entries()].find(([name]) => !this.timers.has(name));
    if (!next) return;
    this.running = true;
    const [name, pv] = next;
    this.pending.delete(name);
    void this.cleanUp(pv)
      .then(
        (done) => (done ? this.attempts.delete(name) : this.later(pv, false)),
        (err: unknown) => {
          this.opts.log.warn({ volume: name, err: (err as Error).message }, 'cleaning up a local-path volume failed; trying again');
          this.later(pv, true);
        },
      )
      .finally(() => {
        this.running = false;
        this.pump();
      });
  }

  /**
   * Looks at `pv` (or a newer version that arrived meanwhile) again: after `retryMs` while its
   * claim is in use, after a doubling back-off when a step failed.
   */
  private later(pv: LocalPathVolume, failed: boolean): void {
    const name = pv.metadata.name;
    if (this.closed) return;
    const n = failed ? (this.attempts.get(name) ?? 0) : 0;
    if (failed) this.attempts.set(name, n + 1);
    const ms = Math.min(30_000, (this.opts.retryMs ?? 1_000) * 2 ** n);
    if (!this.pending.has(name)) this.pending.set(name, pv);
    clearTimeout(this.timers.get(name));
    this.timers.set(name, setTimeout(() => {
      this.timers.delete(name);
      this.pump();
    }, ms));
  }

  /** Acts on one volume; false when it must wait (its claim still mounted here). */
  private async cleanUp(pv: LocalPathVolume): Promise<boolean> {
    const { nodeName, root, log } = this.opts;
    const action = cleanupAction(pv, nodeName, root);
    if (action.kind === 'none') return true;
    const name = pv.metadata.name;
    if (this.opts.diskless) {
      log.debug({ volume: name }, 'a node without a disk releases a deleted local-path volume: nothing to remove');
      await this.release(pv);
      return true;
    }
    if (action.kind === 'remove') {
      const ref = pv.spec?.claimRef;
      if (ref?.namespace && ref.name && this.opts.claimInUse?.(ref.namespace, ref.name)) {
        log.info({ volume: name, claim: `${ref.namespace}/${ref.name}` }, 'a pod on this node still mounts the claim of a deleted volume: its directory waits');
        return false;
      }
      await this.removeDirectory(action.dir);
      log.info({ volume: name, dir: action.dir }, 'removed the directory of a deleted local-path volume');
    } else {
      log[action.warning ? 'warn' : 'info']({ volume: name }, `keeping the directory of a deleted local-path volume: ${action.reason}`);
      if (action.warning) this.warn(pv, `Volume ${name} was deleted but ${action.reason}; removed the finalizer ${LOCAL_PATH_CLEANUP_FINALIZER}`);
    }
    await this.release(pv);
    return true;
  }

  /** Drops the finalizer from the volume's latest version (read again after a CONFLICT). */
  private async release(pv: LocalPathVolume): Promise<void> {
    let current: LocalPathVolume | null = pv;
    for (let attempt = 0; attempt < 5 && current; attempt++) {
      if (!(current.metadata.finalizers ?? []).includes(LOCAL_PATH_CLEANUP_FINALIZER)) return;
      try {
        await this.opts.client.request(RELEASE_LOCAL_PATH_VOLUME, { name: current.metadata.name, patch: releasePatch(current), resourceVersion: current.metadata.resourceVersion });
        return;
      } catch (err) {
        if (err instanceof ApiError && err.code === 'NOT_FOUND') return;
        if (!(err instanceof ApiError && err.code === 'CONFLICT')) throw err;
      }
      current = (await this.opts.client.request(GET_LOCAL_PATH_VOLUME, { name: pv.metadata.name })).persistentVolume;
    }
    if (current) throw new Error(`the finalizer of volume ${pv.metadata.name} could not be removed: it kept changing`);
  }

  /** A Warning event about the volume (cluster-scoped: in `default`, as Kubernetes puts them). Best effort. */
  private warn(pv: LocalPathVolume, message: string): void {
    const ts = new Date().toISOString();
    const name = `${pv.metadata.name}.${Date.now().toString(16)}`;
    this.opts.client
      .request(CREATE_EVENT, {
        namespace: 'default',
        event: {
          metadata: { name, namespace: 'default' },
          involvedObject: { apiVersion: 'v1', kind: 'PersistentVolume', name: pv.metadata.name, ...(pv.metadata.uid ? { uid: pv.metadata.uid } : {}) },
          reason: 'LocalPathCleanupSkipped',
          message,
          type: 'Warning',
          count: 1,
          firstTimestamp: ts,
          lastTimestamp: ts,
          source: { component: 'kubelet', host: this.opts.nodeName },
          reportingComponent: 'kubelet',
          reportingInstance: this.opts.nodeName,
        },
      })
      .catch((err: unknown) => this.opts.log.debug({ err: (err as Error).message }, 'could not record an event'));
  }
}
