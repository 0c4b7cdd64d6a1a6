/**
 * The ConfigMaps and Secrets that the volumes of this node's pods show, followed by watches (the
 * kubelet's watch-based ConfigMap and Secret managers): one watch per object, in its namespace
 * with the field selector `metadata.name=<name>` (the only list or watch the node authorizer lets
 * a node make of them), kept while some pod of the node references the object.
 *
 * Reads answer from the watch once it has listed (absent: null), and from a plain read before
 * that. The first list and every change after it (the object made, edited or deleted) call
 * `onChange`, so the pods that show it write their files again at once: a pod started before its
 * namespace's `kube-root-ca.crt` existed gets `ca.crt` as soon as the publisher makes it, not a
 * sync period later. The pod's periodic volume sync stays as the safety net.
 */
import type { Logger } from 'pino';
import type { ApiClient } from '../api-client.ts';
import type { Pod } from '../pod-types.ts';
import { ResumableWatch } from '../resumable-watch.ts';

export type WatchedKind = 'ConfigMap' | 'Secret';

/** An object a volume shows. */
export interface ObjectRef {
  kind: WatchedKind;
  namespace: string;
  name: string;
}

type Bytes = Record<string, Buffer>;

interface RawObject {
  data?: Record<string, string> | null;
  binaryData?: Record<string, string> | null;
}

const WATCHES: Record<WatchedKind, { query: string; field: string }> = {
  ConfigMap: {
    field: 'watchConfigMaps',
    query: `subscription AgentVolumeConfigMap($namespace: String, $fieldSelector: String, $resourceVersion: String) {
  watchConfigMaps(namespace: $namespace, fieldSelector: $fieldSelector, resourceVersion: $resourceVersion) { type resourceVersion object { metadata { name resourceVersion } data binaryData } }
}`,
  },
  Secret: {
    field: 'watchSecrets',
    query: `subscription AgentVolumeSecret($namespace: String, $fieldSelector: String, $resourceVersion: String) {
  watchSecrets(namespace: $namespace, fieldSelector: $fieldSelector, resourceVersion: $resourceVersion) { type resourceVersion object { metadata { name resourceVersion } data } }
}`,
  },
};

/** A ConfigMap's or Secret's files as bytes: ConfigMap `data` is text and `binaryData` base64; Secret `data` is base64. */
export function objectBytes(kind: WatchedKind, obj: RawObject): Bytes {
  const decode = (data: Record<string, string> | null | undefined, base64: boolean) =>
    Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [k, Buffer.from(v, base64 ? 'base64' : 'utf8')]));
  return kind === 'Secret' ? decode(obj.data, true) : { ...decode(obj.data, false), ...decode(obj.binaryData, true) };
}

/** The ConfigMaps and Secrets the volumes of `pod` show (projected sources included). */
export function volumeObjectRefs(pod: Pod): ObjectRef[] {
  const namespace = pod.metadata.namespace;
  const out = new Map<string, ObjectRef>();
  const add = (kind: WatchedKind, name: string | undefined) => {
    if (name) out.set(`${kind}/${name}`, { kind, namespace, name });
  };
  for (const v of pod.spec.volumes ?? []) {
    add('ConfigMap', v.configMap?.name);
    add('Secret', v.secret?.secretName);
    for (const s of v.projected?.sources ?? []) {
      add('ConfigMap', s.configMap?.name);
      add('Secret', s.secret?.name);
    }
  }
  return [...out.values()];
}

export interface WatchedObjectsOptions {
  client: ApiClient;
  log: Logger;
  /** A plain read of one object (null: it does not exist), for reads before its watch has listed. */
  read(ref: ObjectRef): Promise<Bytes | null>;
  /** The object changed after its watch first listed it (or its absence). */
  onChange(ref: ObjectRef): void;
}

interface Entry {
  ref: ObjectRef;
  watch: ResumableWatch<RawObject & { metadata: { name: string } }>;
  /** Set once the watch has listed: the object's files, or null while it does not exist. */
  value?: Bytes | null;
  holders: Set<string>;
}

const keyOf = (r: ObjectRef) => `${r.kind}\u0000${r.namespace}\u0000${r.name}`;

export class WatchedObjects {
  private readonly entries = new Map<string, Entry>();
  /** What each pod (by uid) holds. */
  private readonly held = new Map<string, Set<string>>();
  private closed = false;

  constructor(private readonly opts: WatchedObjectsOptions) {}

  /** Pod `uid` now references `refs` (and nothing else): each is watched while some pod holds it. */
  hold(uid: string, refs: ObjectRef[]): void {
    if (this.closed) return;
    const next = new Set(refs.map(keyOf));
    const before = this.held.get(uid) ?? new Set<string>();
    for (const ref of refs) {
      const key = keyOf(ref);
      if (before.has(key)) continue;
      (this.entries.get(key) ?? this.start(key, ref)).holders.add(uid);
    }
    for (const key of before) if (!next.has(key)) this.drop(key, uid);
    if (next.size) this.held.set(uid, next);
    else this.held.delete(uid);
  }

  /** Pod `uid` is gone: what only it held is no longer watched. */
  release(uid: string): void {
    for (const key of this.held.get(uid) ?? []) this.drop(key, uid);
    this.held.delete(uid);
  }

  /** The object's files, or null when it does not exist: from its watch once listed, else read. */
  async get(ref: ObjectRef): Promise<Bytes | null> {
    const e = this.entries.get(keyOf(ref));
    if (e && e.value !== undefined) return e.value;
    return this.opts.read(ref);
  }

  /** How many objects are watched (for tests). */
  get size(): number {
    return this.entries.size;
  }

  close(): void {
    this.closed = true;
    for (const e of this.entries.values()) e.watch.close();
    this.entries.clear();
    this.held.clear();
  }

  private start(key: string, ref: ObjectRef): Entry {
    const { query, field } = WATCHES[ref.kind];
    const entry: Entry = {
      ref,
      holders: new Set(),
      watch: new ResumableWatch({
        client: this.opts.client,
        query,
        field,
        variables: { namespace: ref.namespace, fieldSelector: `metadata.name=${ref.name}` },
        log: this.opts.log,
        onEvent: (type, obj) => {
          if (obj.metadata?.name !== ref.name) return;
          this.set(entry, type === 'DELETED' ? null : objectBytes(ref.kind, obj));
        },
        onListed: (objects) => {
          const obj = objects.find((o) => o.metadata?.name === ref.name);
          this.set(entry, obj ? objectBytes(ref.kind, obj) : null);
        },
      }),
    };
    this.entries.set(key, entry);
    entry.watch.start();
    return entry;
  }

  private set(entry: Entry, value: Bytes | null): void {
    if (this.entries.get(keyOf(entry.ref)) !== entry) return;
    // The first list counts as a change too: a pod may have read the object just before it was made.
    const changed = entry.value === undefined || !sameBytes(entry.value, value);
    entry.value = value;
    if (changed) this.opts.onChange(entry.ref);
  }

  private drop(key: string, uid: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    e.holders.delete(uid);
    if (e.holders.size > 0) return;
    e.watch.close();
    this.entries.delete(key);
  }
}

function sameBytes(a: Bytes | null, b: Bytes | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] !== undefined && a[k]!.equals(b[k]!));
}
