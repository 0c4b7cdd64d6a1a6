/**
 * Server-side printing: objects as a meta.k8s.io/v1 `Table`, which `kubectl get` asks for
 * (`Accept: application/json;as=Table;v=v1;g=meta.k8s.io`). The columns are the ones the
 * `capstan` CLI prints (cli/kubectl/columns.ts, kubectl's own layout), so both clients show the
 * same table; `-o wide` columns have priority 1.
 */
import type { KObject } from '../kinds/types.ts';
import { columnsFor } from '../../cli/kubectl/columns.ts';

export type IncludeObject = 'None' | 'Metadata' | 'Object';

interface ColumnDefinition {
  name: string;
  type: string;
  format: string;
  description: string;
  priority: number;
}

interface TableLayout {
  definitions: ColumnDefinition[];
  cells(obj: KObject, now: number): unknown[];
}

const layouts = new Map<string, TableLayout>();

function titleOf(header: string): string {
  return header
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => (w === 'ip' ? 'IP' : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(header.includes('-') ? '-' : ' ');
}

function layoutOf(kind: string): TableLayout {
  let layout = layouts.get(kind);
  if (layout) return layout;
  try {
    const narrow = columnsFor(kind).header.length;
    const wide = columnsFor(kind, { wide: true });
    layout = {
      definitions: wide.header.map((h, i) => ({
        name: titleOf(h),
        type: 'string',
        format: h === 'NAME' ? 'name' : '',
        description: '',
        priority: i < narrow ? 0 : 1,
      })),
      cells: (obj, now) => wide.row(obj as never, now),
    };
  } catch {
    // A kind the CLI has no columns for: Kubernetes' default table, name and age.
    layout = {
      definitions: [
        { name: 'Name', type: 'string', format: 'name', description: 'Name must be unique within a namespace.', priority: 0 },
        { name: 'Created At', type: 'date', format: '', description: 'CreationTimestamp of the object.', priority: 0 },
      ],
      cells: (obj) => [obj.metadata.name, obj.metadata.creationTimestamp ?? ''],
    };
  }
  layouts.set(kind, layout);
  return layout;
}

function rowObject(obj: KObject, include: IncludeObject): Record<string, unknown> | undefined {
  if (include === 'None') return undefined;
  if (include === 'Object') return obj;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: obj.metadata };
}

export interface TableOptions {
  include: IncludeObject;
  /** Watches send the column definitions with the first event only, as Kubernetes does. */
  withColumns?: boolean;
  resourceVersion?: string;
  continue?: string;
  now?: number;
}

/** A Table of `items` of kind `kind`. */
export function toTable(kind: string, items: KObject[], opts: TableOptions): Record<string, unknown> {
  const layout = layoutOf(kind);
  const now = opts.now ?? Date.now();
  const metadata: Record<string, unknown> = {};
  if (opts.resourceVersion) metadata.resourceVersion = opts.resourceVersion;
  if (opts.continue) metadata.continue = opts.continue;
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata,
    columnDefinitions: opts.withColumns === false ? null : layout.definitions,
    rows: items.map((obj) => {
      const object = rowObject(obj, opts.include);
      return { cells: layout.cells(obj, now), ...(object ? { object } : {}) };
    }),
  };
}

/** What the client's Accept header asks for. */
export interface AcceptedFormat {
  table: boolean;
  /** `PartialObjectMetadata`/`PartialObjectMetadataList` (as=PartialObjectMetadata) */
  partial: boolean;
}

/** Reads kubectl's content negotiation; the first media type that Capstan serves wins. */
export function acceptedFormat(accept: string | undefined): AcceptedFormat {
  if (!accept) return { table: false, partial: false };
  for (const part of accept.split(',')) {
    const [type, ...params] = part.split(';').map((s) => s.trim());
    if (type !== 'application/json' && type !== '*/*' && type !== 'application/*') continue;
    const p = Object.fromEntries(params.map((x) => x.split('=').map((s) => s.trim()) as [string, string]));
    if (!p.as) return { table: false, partial: false };
    if (p.as === 'Table' && p.g === 'meta.k8s.io' && (p.v === 'v1' || p.v === 'v1beta1')) return { table: true, partial: false };
    if (p.as === 'PartialObjectMetadata' || p.as === 'PartialObjectMetadataList') {
      if (p.g === 'meta.k8s.io' && (p.v === 'v1' || p.v === 'v1beta1')) return { table: false, partial: true };
    }
  }
  return { table: false, partial: false };
}
