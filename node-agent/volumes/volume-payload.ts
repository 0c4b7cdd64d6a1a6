/**
 * What the files of a ConfigMap, Secret, downward API or projected volume are: a payload (relative
 * path → bytes and mode), computed from the objects without touching the disk, as the kubelet's
 * volume plugins compute it before its AtomicWriter writes it. Also the checks of paths inside a
 * volume (items' paths, subPath, subPathExpr).
 */
import { ContainerConfigError, expandVars, fieldRefValue, resourceFieldValue, type EnvContext } from '../container-env.ts';
import type { DownwardAPIVolumeFile, KeyToPath, Pod } from '../pod-types.ts';

/** Kubernetes' default file mode for these volumes (0644). */
export const DEFAULT_MODE = 0o644;

export interface PayloadFile {
  data: Buffer;
  mode: number;
}

/** Relative path inside the volume → file. */
export type Payload = Map<string, PayloadFile>;

/**
 * Why `p` cannot name a file inside a volume, or null: relative, no `..` element, not empty, and
 * not starting with `..` (the writer's own `..data` names live there).
 */
export function volumePathError(p: string): string | null {
  if (p === '') return 'must not be empty';
  if (p.startsWith('/')) return 'must be a relative path';
  if (p.split('/').includes('..')) return "must not contain '..'";
  if (p.startsWith('..')) return "must not start with '..'";
  return null;
}

/** Why `subPath` cannot be mounted, or null (Kubernetes: relative, no `..`). */
export function subPathError(subPath: string): string | null {
  if (subPath.startsWith('/')) return 'must be a relative path';
  if (subPath.split('/').includes('..')) return "must not contain '..'";
  return null;
}

/**
 * The subPath of a mount: `subPath` as is, or `subPathExpr` with `$(VAR)` expanded from the
 * container's environment (only env vars, as in Kubernetes). Throws ContainerConfigError when it
 * leaves the volume.
 */
export function mountSubPath(mount: { subPath?: string; subPathExpr?: string }, env: Record<string, string>): string {
  const expr = mount.subPathExpr;
  const subPath = expr ? expandVars(expr, (name) => env[name]) : (mount.subPath ?? '');
  const problem = subPathError(subPath);
  if (problem) throw new ContainerConfigError(`subPath "${subPath}"${expr ? ` (from subPathExpr "${expr}")` : ''} ${problem}`);
  return subPath;
}

/**
 * The files of a ConfigMap or Secret: every key, or only `items` (key → path, mode). A key named
 * in `items` that the object lacks fails the volume unless `optional` (Kubernetes' rule).
 */
export function keysToPayload(
  data: Record<string, Buffer>,
  opts: { items?: KeyToPath[]; defaultMode?: number; optional?: boolean; what: string },
): Payload {
  const payload: Payload = new Map();
  const mode = opts.defaultMode ?? DEFAULT_MODE;
  if (!opts.items || opts.items.length === 0) {
    for (const [key, value] of Object.entries(data)) payload.set(key, { data: value, mode });
    return payload;
  }
  for (const item of opts.items) {
    const value = data[item.key];
    if (value === undefined) {
      if (opts.optional) continue;
      throw new ContainerConfigError(`couldn't find key ${item.key} in ${opts.what}`);
    }
    const problem = volumePathError(item.path);
    if (problem) throw new ContainerConfigError(`${opts.what}: item path "${item.path}" ${problem}`);
    payload.set(item.path, { data: value, mode: item.mode ?? mode });
  }
  return payload;
}

/** A map as the downward API writes it: `key="value"` lines sorted by key, Go-quoted values. */
export function formatMap(map: Record<string, string> | undefined): string {
  return Object.keys(map ?? {})
    .sort()
    .map((k) => `${k}=${JSON.stringify(map![k])}`)
    .join('\n');
}

/** The value of a downward API volume file's fieldRef: pod metadata, whole label/annotation maps included. */
export function downwardFieldValue(pod: Pod, fieldPath: string, ctx: EnvContext): string {
  if (fieldPath === 'metadata.labels') return formatMap(pod.metadata.labels);
  if (fieldPath === 'metadata.annotations') return formatMap(pod.metadata.annotations);
  return fieldRefValue(pod, fieldPath, ctx);
}

/** The files of a downward API volume (or projection). */
export function downwardAPIPayload(pod: Pod, items: DownwardAPIVolumeFile[], defaultMode: number | undefined, ctx: EnvContext): Payload {
  const payload: Payload = new Map();
  for (const item of items) {
    const problem = volumePathError(item.path);
    if (problem) throw new ContainerConfigError(`downwardAPI: path "${item.path}" ${problem}`);
    let value: string;
    if (item.fieldRef) value = downwardFieldValue(pod, item.fieldRef.fieldPath, ctx);
    else if (item.resourceFieldRef) {
      const name = item.resourceFieldRef.containerName;
      const container = pod.spec.containers.find((c) => c.name === name) ?? pod.spec.initContainers?.find((c) => c.name === name);
      if (!container) throw new ContainerConfigError(`downwardAPI: resourceFieldRef names no container "${name ?? ''}"`);
      value = resourceFieldValue(pod, container, { ...item.resourceFieldRef, containerName: undefined }, ctx);
    } else throw new ContainerConfigError(`downwardAPI: path "${item.path}" has neither fieldRef nor resourceFieldRef`);
    payload.set(item.path, { data: Buffer.from(value), mode: item.mode ?? defaultMode ?? DEFAULT_MODE });
  }
  return payload;
}

/** Adds `more` to `into`; two sources writing one path is an error (Kubernetes: "conflicting"). */
export function mergePayload(into: Payload, more: Payload, what: string): void {
  for (const [p, file] of more) {
    if (into.has(p)) throw new ContainerConfigError(`${what}: more than one source writes "${p}"`);
    into.set(p, file);
  }
}

/** Whether two payloads hold the same files with the same bytes and modes. */
export function samePayload(a: Payload, b: Payload): boolean {
  if (a.size !== b.size) return false;
  for (const [p, file] of a) {
    const other = b.get(p);
    if (!other || other.mode !== file.mode || !other.data.equals(file.data)) return false;
  }
  return true;
}
