/**
 * Reading objects through the API: one by name, lists (every page), and kubectl's NotFound.
 */
import { ApiError, type ApiClient } from './client.ts';
import { withoutNulls, type KObject } from './output.ts';
import { qualifiedPlural, type Resource } from './resources.ts';
import { selectionFor } from './selections.ts';

export function notFound(r: Resource, name: string): ApiError {
  return new ApiError('NOT_FOUND', `${qualifiedPlural(r)} "${name}" not found`);
}

export interface GetOptions {
  /** Extra fields beyond the default selection (e.g. Pod.schedulingExplanation for describe). */
  withExplanation?: boolean;
}

export async function getObject(client: ApiClient, r: Resource, namespace: string, name: string, opts: GetOptions = {}): Promise<KObject | null> {
  const selection = selectionFor(r.kind, opts.withExplanation ? [] : undefined);
  const query = r.namespaced
    ? `query($namespace: String!, $name: String!) { o: ${r.getField}(namespace: $namespace, name: $name) ${selection} }`
    : `query($name: String!) { o: ${r.getField}(name: $name) ${selection} }`;
  const data = await client.request<{ o: KObject | null }>(query, r.namespaced ? { namespace, name } : { name });
  return data.o ? withoutNulls(data.o) : null;
}

export async function mustGet(client: ApiClient, r: Resource, namespace: string, name: string, opts: GetOptions = {}): Promise<KObject> {
  const o = await getObject(client, r, namespace, name, opts);
  if (!o) throw notFound(r, name);
  return o;
}

export interface ListOptions {
  /** Undefined: every namespace. Ignored for cluster-scoped kinds. */
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
}

export interface ObjectList {
  items: KObject[];
  resourceVersion: string;
}

export async function listObjects(client: ApiClient, r: Resource, opts: ListOptions = {}): Promise<ObjectList> {
  const selection = selectionFor(r.kind);
  const nsArg = r.namespaced ? '$namespace: String, ' : '';
  const nsPass = r.namespaced ? 'namespace: $namespace, ' : '';
  const query =
    `query(${nsArg}$labelSelector: String, $fieldSelector: String, $continue: String) { ` +
    `l: ${r.listField}(${nsPass}labelSelector: $labelSelector, fieldSelector: $fieldSelector, limit: 500, continue: $continue) ` +
    `{ items ${selection} metadata { resourceVersion continue } } }`;
  const items: KObject[] = [];
  let cont: string | undefined;
  let resourceVersion = '';
  do {
    const vars: Record<string, unknown> = { labelSelector: opts.labelSelector, fieldSelector: opts.fieldSelector, continue: cont };
    if (r.namespaced) vars.namespace = opts.namespace;
    const data = await client.request<{ l: { items: KObject[]; metadata: { resourceVersion: string; continue?: string | null } } }>(query, vars);
    items.push(...data.l.items.map(withoutNulls));
    // The first page's revision: later pages are consistent with it (continue tokens pin it).
    if (!resourceVersion) resourceVersion = data.l.metadata.resourceVersion;
    cont = data.l.metadata.continue ?? undefined;
  } while (cont);
  return { items, resourceVersion };
}
