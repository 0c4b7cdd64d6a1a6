/**
 * An in-memory {@link ControllerStore} for the unit tests beside the controllers: the same
 * object rules as the Postgres store (server/store/object-lifecycle.ts: defaults, validation,
 * server-owned metadata, generation, the status sub-resource), resourceVersion preconditions
 * and CONFLICT / NOT_FOUND / ALREADY_EXISTS errors, label and field selectors. It is not a
 * second store: it has no event log, no admission (quota, limit ranges, priority, service
 * accounts), no paging and no pod grace periods; deleting an object with finalizers marks it,
 * removing the last finalizer deletes it. Integration tests run the controllers against
 * Postgres (test/*.test.ts); these check a reconcile's decisions quickly and exactly.
 */
import { CapstanError } from '../../server/errors.ts';
import { KINDS } from '../../server/kinds/registry.ts';
import type { KindName, KObject } from '../../server/kinds/types.ts';
import { jsonEqual } from '../../server/store/merge-patch.ts';
import { pendingFinalizers, prepareCreate, prepareUpdate, resolveNamespace, timestamp } from '../../server/store/object-lifecycle.ts';
import type { DeleteOptions, ListOptions, ListResult, WriteOptions } from '../../server/store/types.ts';
import { parseFieldSelector } from '../../server/selectors/field-selector.ts';
import { parseLabelSelector } from '../../server/selectors/label-selector.ts';
import type { ControllerStore } from '../controller-store.ts';

/**
 * One write asked of the store, for tests that check what a reconcile did (and did not) do.
 * `noop`: an update that changed nothing (the Postgres store writes nothing either, but the
 * reconcile still paid a round trip for it).
 */
export interface MemoryWrite {
  verb: 'create' | 'update' | 'updateStatus' | 'delete';
  kind: KindName;
  namespace: string;
  name: string;
  noop?: true;
}

export class MemoryStore implements ControllerStore {
  private readonly objects = new Map<string, KObject>();
  private revision = 0;
  /** Every write in order; `clearWrites()` empties it. */
  readonly writes: MemoryWrite[] = [];

  constructor(private readonly now: () => Date = () => new Date()) {}

  private key(kind: KindName, namespace: string | undefined, name: string): string {
    return `${kind}/${KINDS[kind].namespaced ? (namespace ?? '') : ''}/${name}`;
  }

  private notFound(kind: KindName, name: string): CapstanError {
    return new CapstanError('NOT_FOUND', `${KINDS[kind].plural} "${name}" not found`);
  }

  private conflict(kind: KindName, name: string): CapstanError {
    return new CapstanError(
      'CONFLICT',
      `Operation cannot be fulfilled on ${KINDS[kind].plural} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    );
  }

  private store(obj: KObject): KObject {
    const stored = structuredClone(obj);
    stored.metadata.resourceVersion = String(++this.revision);
    this.objects.set(this.key(obj.kind as KindName, obj.metadata.namespace, obj.metadata.name), stored);
    return structuredClone(stored);
  }

  /** Puts objects in as they are (with their status), as a test's starting state. */
  seed(kind: KindName, namespace: string | undefined, ...objs: KObject[]): KObject[] {
    return objs.map((input) => {
      const obj = prepareCreate(KINDS[kind], resolveNamespace(KINDS[kind], namespace, input), input, this.now());
      if (input.status !== undefined) obj.status = structuredClone(input.status);
      return this.store(obj);
    });
  }

  clearWrites(): void {
    this.writes.length = 0;
  }

  async get(kind: KindName, namespace: string | undefined, name: string): Promise<KObject | null> {
    const obj = this.objects.get(this.key(kind, namespace, name));
    return obj ? structuredClone(obj) : null;
  }

  async list(kind: KindName, opts: ListOptions = {}): Promise<ListResult> {
    const labels = parseLabelSelector(opts.labelSelector);
    const fields = parseFieldSelector(opts.fieldSelector, kind);
    const items = [...this.objects.values()]
      .filter((o) => o.kind === kind)
      .filter((o) => !opts.namespace || o.metadata.namespace === opts.namespace)
      .filter((o) => labels.matches(o.metadata.labels) && fields.matches(o))
      .filter((o) => opts.controllerUid === undefined || o.metadata.ownerReferences?.find((r) => r.controller === true)?.uid === opts.controllerUid)
      .sort((a, b) => `${a.metadata.namespace ?? ''}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace ?? ''}/${b.metadata.name}`))
      .map((o) => structuredClone(o));
    return { items, resourceVersion: String(this.revision) };
  }

  /** As the Postgres store's: name, namespace, uid, spec and one annotation of each object. */
  async listSkeletons(kind: KindName, annotation: string): Promise<KObject[]> {
    const { items } = await this.list(kind);
    return items.map((o) => {
      const claim = o.metadata.annotations?.[annotation];
      return {
        apiVersion: o.apiVersion,
        kind: o.kind,
        metadata: {
          name: o.metadata.name,
          ...(o.metadata.namespace !== undefined ? { namespace: o.metadata.namespace } : {}),
          uid: o.metadata.uid,
          ...(claim !== undefined ? { annotations: { [annotation]: claim } } : {}),
        },
        ...(o.spec ? { spec: o.spec } : {}),
      } as KObject;
    });
  }

  async create(kind: KindName, namespace: string | undefined, input: KObject, opts: WriteOptions = {}): Promise<KObject> {
    const def = KINDS[kind];
    const obj = prepareCreate(def, resolveNamespace(def, namespace, input), input, this.now());
    if (opts.dryRun) return obj;
    if (this.objects.has(this.key(kind, obj.metadata.namespace, obj.metadata.name))) {
      throw new CapstanError('ALREADY_EXISTS', `${def.plural} "${obj.metadata.name}" already exists`);
    }
    this.writes.push({ verb: 'create', kind, namespace: obj.metadata.namespace ?? '', name: obj.metadata.name });
    return this.store(obj);
  }

  async update(
    kind: KindName,
    namespace: string | undefined,
    name: string,
    mutate: (current: KObject) => KObject,
    opts: WriteOptions = {},
    mode: 'main' | 'status' = 'main',
  ): Promise<KObject> {
    const current = this.objects.get(this.key(kind, namespace, name));
    if (!current) throw this.notFound(kind, name);
    if (opts.resourceVersion !== undefined && opts.resourceVersion !== current.metadata.resourceVersion) throw this.conflict(kind, name);
    const next = prepareUpdate(KINDS[kind], current, mutate(structuredClone(current)), mode);
    if (opts.dryRun) return next;
    const write: MemoryWrite = { verb: mode === 'status' ? 'updateStatus' : 'update', kind, namespace: current.metadata.namespace ?? '', name };
    if (jsonEqual(next, current)) {
      this.writes.push({ ...write, noop: true });
      return structuredClone(current);
    }
    this.writes.push(write);
    if (next.metadata.deletionTimestamp && pendingFinalizers(next).length === 0) {
      this.objects.delete(this.key(kind, namespace, name));
      return next;
    }
    return this.store(next);
  }

  async updateStatus(kind: KindName, namespace: string | undefined, name: string, status: unknown, opts: WriteOptions = {}): Promise<KObject> {
    return this.update(kind, namespace, name, (cur) => ({ ...cur, status }), opts, 'status');
  }

  async replace(kind: KindName, namespace: string | undefined, name: string, obj: KObject, opts: WriteOptions = {}): Promise<KObject> {
    return this.update(kind, namespace, name, () => obj, { ...opts, resourceVersion: opts.resourceVersion ?? obj.metadata.resourceVersion });
  }

  async delete(kind: KindName, namespace: string | undefined, name: string, opts: DeleteOptions = {}): Promise<KObject> {
    const key = this.key(kind, namespace, name);
    const current = this.objects.get(key);
    if (!current) throw this.notFound(kind, name);
    if (opts.resourceVersion !== undefined && opts.resourceVersion !== current.metadata.resourceVersion) throw this.conflict(kind, name);
    this.writes.push({ verb: 'delete', kind, namespace: current.metadata.namespace ?? '', name });
    if (pendingFinalizers(current).length > 0) {
      if (current.metadata.deletionTimestamp) return structuredClone(current);
      return this.store({ ...current, metadata: { ...current.metadata, deletionTimestamp: timestamp(this.now()) } });
    }
    this.objects.delete(key);
    return structuredClone(current);
  }
}
