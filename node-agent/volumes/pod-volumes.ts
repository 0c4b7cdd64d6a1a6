/**
 * A pod's volumes on the node (the kubelet's volume manager, for one pod). Each volume becomes a
 * folder on the node that the runtime binds into the containers:
 *
 * - `emptyDir`: `<pod dir>/volumes/empty-dir/<name>` (0777); `medium: Memory` mounts a tmpfs
 *   there (size `sizeLimit`). A disk emptyDir's sizeLimit is enforced by eviction (empty-dir-limits.ts).
 * - `configMap`, `secret`, `downwardAPI`, `projected`: `<pod dir>/volumes/<type>/<name>`, written
 *   by the AtomicWriter (`..data` swap) and written again every `volumeSyncMs`, so a container
 *   sees the object's changes; always read-only in the container, as in Kubernetes.
 * - `hostPath`: the node's own path, after the check its `type` asks for.
 * - `persistentVolumeClaim`: the `hostPath.path` or `local.path` of the PersistentVolume the claim
 *   is bound to (made when missing).
 *
 * Failures are ContainerConfigErrors: the container waits (CreateContainerConfigError) and the
 * worker retries, as a pod waits in ContainerCreating for its mounts in Kubernetes.
 */
import { chmodSync, chownSync, existsSync, lchownSync, mkdirSync, readdirSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { ContainerConfigError, type EnvContext } from '../container-env.ts';
import type { Pod, Volume } from '../pod-types.ts';
import { parseQuantity } from '../quantity.ts';
import { writePayload } from './atomic-writer.ts';
import type { HostMounter } from './host-mounts.ts';
import { DEFAULT_TOKEN_EXPIRATION_SECONDS } from '../service-account-token.ts';
import { DEFAULT_MODE, downwardAPIPayload, keysToPayload, mergePayload, type Payload } from './volume-payload.ts';

/** Where the agent reads what volumes show. */
export interface VolumeSources {
  /** A ConfigMap's `data` and `binaryData` as bytes, or null when it does not exist. */
  configMap(namespace: string, name: string): Promise<Record<string, Buffer> | null>;
  /** A Secret's data as bytes, or null when it does not exist. */
  secret(namespace: string, name: string): Promise<Record<string, Buffer> | null>;
  /** The node folder of the PersistentVolume `claim` is bound to; ContainerConfigError while unbound. */
  claimPath(namespace: string, claim: string): Promise<string>;
}

export interface PodVolumesDeps {
  podDir: string;
  sources: VolumeSources;
  env: EnvContext;
  /**
   * A token of the pod's service account bound to the pod, for `audience` (undefined: the API
   * server's) and `expirationSeconds`; the same one until it is due for a refresh
   * (service-account-token.ts). Projected volumes use it whatever automountServiceAccountToken says, as in Kubernetes.
   */
  serviceAccountToken(audience: string | undefined, expirationSeconds: number): Promise<string>;
  mounter: HostMounter;
  /**
   * Who owns the pod's own volume folders and files (a root agent only): emptyDirs and the
   * files of file volumes belong to `uid` (default root) and `gid`. `setgid` (fsGroup): file
   * volumes are group-readable, emptyDirs and claims group-writable with the set-group-id bit,
   * as Kubernetes does for fsGroup.
   */
  ownership?: { uid?: number; gid: number; setgid: boolean };
}

/** A volume ready to be bound into containers. */
export interface PreparedVolume {
  name: string;
  /** The folder (or, for a hostPath of a file type, the file) on the node. */
  hostPath: string;
  /** The volume is always read-only in containers (configMap, secret, downwardAPI, projected, a read-only claim). */
  readOnly: boolean;
}

/** The folder name under `<pod dir>/volumes` for each type made there. */
const TYPE_DIRS = { emptyDir: 'empty-dir', configMap: 'configmap', secret: 'secret', downwardAPI: 'downward-api', projected: 'projected' } as const;

const HOST_PATH_CHECKS: Record<string, { test: (s: Stats) => boolean; what: string }> = {
  Directory: { test: (s) => s.isDirectory(), what: 'a directory' },
  File: { test: (s) => s.isFile(), what: 'a file' },
  Socket: { test: (s) => s.isSocket(), what: 'a socket' },
  CharDevice: { test: (s) => s.isCharacterDevice(), what: 'a character device' },
  BlockDevice: { test: (s) => s.isBlockDevice(), what: 'a block device' },
};

/** Whether the volume's files come from API objects or the pod (and so are rewritten on every sync). */
export function isPayloadVolume(v: Volume): boolean {
  return !!(v.configMap || v.secret || v.downwardAPI || v.projected);
}

export class PodVolumes {
  private pod: Pod;
  private readonly prepared = new Map<string, PreparedVolume>();

  constructor(
    pod: Pod,
    private readonly deps: PodVolumesDeps,
  ) {
    this.pod = pod;
  }

  /** A newer version of the pod (labels and annotations for the downward API). */
  update(pod: Pod): void {
    this.pod = pod;
  }

  /** Whether some volume is rewritten on each sync. */
  get updatable(): boolean {
    return (this.pod.spec.volumes ?? []).some(isPayloadVolume);
  }

  /** Whether every volume has been prepared once. */
  get ready(): boolean {
    return (this.pod.spec.volumes ?? []).every((v) => this.prepared.has(v.name));
  }

  /** Prepares the volumes not prepared yet; returns all of them by name. */
  async setUp(): Promise<Map<string, PreparedVolume>> {
    for (const v of this.pod.spec.volumes ?? []) {
      if (this.prepared.has(v.name)) continue;
      this.prepared.set(v.name, await this.prepare(v));
    }
    return this.prepared;
  }

  /**
   * Writes the files of every configMap, secret, downwardAPI and projected volume again; the
   * names of those that changed. A volume that cannot be read keeps its files (as in Kubernetes)
   * and does not stop the others; the first such error is thrown at the end.
   */
  async refresh(): Promise<string[]> {
    const changed: string[] = [];
    let failure: unknown;
    for (const v of this.pod.spec.volumes ?? []) {
      if (!isPayloadVolume(v) || !this.prepared.has(v.name)) continue;
      try {
        if (await this.writeFiles(v)) changed.push(v.name);
      } catch (err) {
        failure ??= err;
      }
    }
    if (failure) throw failure;
    return changed;
  }

  /** Unmounts what the agent mounted on the node (before the pod's folder is removed). */
  async tearDown(): Promise<void> {
    for (const v of this.pod.spec.volumes ?? []) {
      if (v.emptyDir?.medium !== 'Memory') continue;
      const dir = this.dirOf('emptyDir', v.name);
      if (this.deps.mounter.isMountPoint(dir)) await this.deps.mounter.unmount(dir);
    }
    this.prepared.clear();
  }

  /** The node folder of the emptyDir `name` (whose usage the pod worker measures). */
  emptyDirPath(name: string): string {
    return this.dirOf('emptyDir', name);
  }

  private dirOf(type: keyof typeof TYPE_DIRS, name: string): string {
    return path.join(this.deps.podDir, 'volumes', TYPE_DIRS[type], name);
  }

  private async prepare(v: Volume): Promise<PreparedVolume> {
    if (v.emptyDir) {
      const dir = this.dirOf('emptyDir', v.name);
      mkdirSync(dir, { recursive: true });
      if (v.emptyDir.medium === 'Memory') {
        if (!this.deps.mounter.isMountPoint(dir)) await this.deps.mounter.mountTmpfs(dir, parseQuantity(v.emptyDir.sizeLimit));
      }
      const own = this.deps.ownership;
      if (own) chownSync(dir, own.uid ?? 0, own.gid);
      chmodSync(dir, own?.setgid ? 0o2777 : 0o777);
      return { name: v.name, hostPath: dir, readOnly: false };
    }
    if (v.hostPath) return { name: v.name, hostPath: prepareHostPath(v.hostPath.path, v.hostPath.type ?? ''), readOnly: false };
    if (v.persistentVolumeClaim) {
      const dir = await this.deps.sources.claimPath(this.pod.metadata.namespace!, v.persistentVolumeClaim.claimName);
      // A folder made here is open to every user, as local-path-provisioner makes it: pods run
      // as users of their own (see pod-identity.ts). fsGroup makes it the group's.
      if (!existsSync(dir)) {
        mkdirSync(dir, { recursive: true });
        chmodSync(dir, 0o777);
      }
      const own = this.deps.ownership;
      if (own?.setgid) {
        chownSync(dir, -1, own.gid);
        chmodSync(dir, (statSync(dir).mode & 0o7777) | 0o2070);
      }
      return { name: v.name, hostPath: dir, readOnly: v.persistentVolumeClaim.readOnly === true };
    }
    const type = v.configMap ? 'configMap' : v.secret ? 'secret' : v.downwardAPI ? 'downwardAPI' : v.projected ? 'projected' : undefined;
    if (!type) throw new ContainerConfigError(`volume "${v.name}" has no volume source this node supports`);
    await this.writeFiles(v);
    return { name: v.name, hostPath: this.dirOf(type, v.name), readOnly: true };
  }

  /** Computes the payload of a file volume and writes it when it changed. */
  private async writeFiles(v: Volume): Promise<boolean> {
    const type = v.configMap ? 'configMap' : v.secret ? 'secret' : v.downwardAPI ? 'downwardAPI' : 'projected';
    const dir = this.dirOf(type, v.name);
    const payload = await this.payloadOf(v);
    const own = this.deps.ownership;
    // The files belong to the pod's user and group; fsGroup also makes them group-readable
    // whatever their mode, as Kubernetes does.
    if (own?.setgid) for (const [k, f] of payload) payload.set(k, { ...f, mode: (f.mode ?? DEFAULT_MODE) | 0o040 });
    const changed = writePayload(dir, payload);
    // Kubernetes makes these folders world-readable (0755 after the writer's 0750 by default).
    chmodSync(dir, 0o755);
    if (own && changed) chownTree(dir, own.uid ?? 0, own.gid);
    return changed;
  }

  private async payloadOf(v: Volume): Promise<Payload> {
    const ns = this.pod.metadata.namespace!;
    if (v.configMap) {
      const name = v.configMap.name ?? '';
      const data = await this.deps.sources.configMap(ns, name);
      if (data === null) {
        if (v.configMap.optional) return new Map();
        throw new ContainerConfigError(`configmap "${name}" not found`);
      }
      return keysToPayload(data, { items: v.configMap.items, defaultMode: v.configMap.defaultMode, optional: v.configMap.optional, what: `ConfigMap ${ns}/${name}` });
    }
    if (v.secret) {
      const name = v.secret.secretName ?? '';
      const data = await this.deps.sources.secret(ns, name);
      if (data === null) {
        if (v.secret.optional) return new Map();
        throw new ContainerConfigError(`secret "${name}" not found`);
      }
      return keysToPayload(data, { items: v.secret.items, defaultMode: v.secret.defaultMode, optional: v.secret.optional, what: `Secret ${ns}/${name}` });
    }
    if (v.downwardAPI) return downwardAPIPayload(this.pod, v.downwardAPI.items ?? [], v.downwardAPI.defaultMode, this.deps.env);
    const payload: Payload = new Map();
    const defaultMode = v.projected?.defaultMode ?? DEFAULT_MODE;
    for (const source of v.projected?.sources ?? []) {
      const what = `projected volume "${v.name}"`;
      if (source.configMap) {
        const name = source.configMap.name ?? '';
        const data = await this.deps.sources.configMap(ns, name);
        if (data === null) {
          if (source.configMap.optional) continue;
          throw new ContainerConfigError(`configmap "${name}" not found`);
        }
        mergePayload(payload, keysToPayload(data, { ...source.configMap, defaultMode, what: `ConfigMap ${ns}/${name}` }), what);
      } else if (source.secret) {
        const name = source.secret.name ?? '';
        const data = await this.deps.sources.secret(ns, name);
        if (data === null) {
          if (source.secret.optional) continue;
          throw new ContainerConfigError(`secret "${name}" not found`);
        }
        mergePayload(payload, keysToPayload(data, { ...source.secret, defaultMode, what: `Secret ${ns}/${name}` }), what);
      } else if (source.downwardAPI) {
        mergePayload(payload, downwardAPIPayload(this.pod, source.downwardAPI.items ?? [], defaultMode, this.deps.env), what);
      } else if (source.serviceAccountToken) {
        // A bound token (TokenRequest) written again once refreshed. Mode 0600 unless
        // defaultMode says otherwise, as Kubernetes writes it; 0640 when the files belong to the
        // pod's group, so that each of its containers reads it whatever its runAsUser.
        const { audience, expirationSeconds } = source.serviceAccountToken;
        const token = await this.deps.serviceAccountToken(audience || undefined, expirationSeconds ?? DEFAULT_TOKEN_EXPIRATION_SECONDS);
        const mode = v.projected?.defaultMode ?? (this.deps.ownership ? 0o640 : 0o600);
        mergePayload(payload, new Map([[source.serviceAccountToken.path, { data: Buffer.from(token), mode }]]), what);
      }
    }
    return payload;
  }
}

/** Gives everything under `dir` (itself included, links not followed) to `uid`:`gid`. */
function chownTree(dir: string, uid: number, gid: number): void {
  lchownSync(dir, uid, gid);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p, uid, gid);
    else lchownSync(p, uid, gid);
  }
}

/** Checks (and for the *OrCreate types makes) a hostPath as Kubernetes' hostPath type checker does. */
export function prepareHostPath(hostPath: string, type: string): string {
  const p = path.resolve(hostPath);
  if (type === 'DirectoryOrCreate') {
    if (!existsSync(p)) mkdirSync(p, { recursive: true, mode: 0o755 });
    type = 'Directory';
  } else if (type === 'FileOrCreate') {
    // Like Kubernetes, the parent folder is not made.
    if (!existsSync(p)) {
      if (!existsSync(path.dirname(p))) throw new ContainerConfigError(`hostPath type check failed: the folder of ${p} does not exist (FileOrCreate does not make it)`);
      writeFileSync(p, '', { mode: 0o644 });
    }
    type = 'File';
  }
  const check = HOST_PATH_CHECKS[type];
  if (!check) return p;
  let stat: Stats;
  try {
    stat = statSync(p);
  } catch {
    throw new ContainerConfigError(`hostPath type check failed: ${p} does not exist`);
  }
  if (!check.test(stat)) throw new ContainerConfigError(`hostPath type check failed: ${p} is not ${check.what}`);
  return p;
}
