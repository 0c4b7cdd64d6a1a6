/**
 * The REST verbs on objects and collections: get, list (with Table output and paging), create,
 * replace, the four patch types, delete and deletecollection. Each one authorizes exactly as the
 * GraphQL resolver of the same operation does and calls the same store function: REST is a
 * second spelling of the API, not a second write path.
 */
import type http from 'node:http';
import { CapstanError, notFound } from '../errors.ts';
import type { KObject } from '../kinds/types.ts';
import type { ApiContext } from '../api/context.ts';
import { pageSize } from '../api/limits.ts';
import { applyMergePatch } from '../store/merge-patch.ts';
import type { DeleteOptions, PropagationPolicy } from '../store/types.ts';
import { assertResourceVersion } from '../store/resource-version.ts';
import type { RestResource } from './api-resources.ts';
import { boolParam, dryRunParam, intParam, mediaType, param, parseDocument, readBody, sendJson } from './http-io.ts';
import { applyJsonPatch, applyStrategicMergePatch, recordUpdate, serverSideApply } from './patch/index.ts';
import { enforceFieldValidation, fieldValidationParam } from './field-validation.ts';
import { RestRequestError } from './status.ts';
import { assertNoEscalation, isRbacKind } from '../auth/rbac-escalation.ts';
import { acceptedFormat, toTable } from './table.ts';

export interface RestCall {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  ctx: ApiContext;
  resource: RestResource;
  namespace?: string;
  name?: string;
  query: URLSearchParams;
  maxBodyBytes: number;
}

/** The field manager of a write: `fieldManager`, else the client's user agent (`kubectl`), as Kubernetes picks it. */
export function fieldManagerOf(call: RestCall): string {
  const explicit = param(call.query, 'fieldManager');
  if (explicit !== undefined) {
    if (explicit.length > 128) throw new RestRequestError(400, 'fieldManager: must be at most 128 characters');
    return explicit;
  }
  const agent = call.req.headers['user-agent'] ?? 'unknown';
  return agent.split('/')[0]!.slice(0, 128) || 'unknown';
}

/** What managed fields record a write against: the status sub-resource, or the object itself. */
function subresourceOf(mode: 'main' | 'status'): string | undefined {
  return mode === 'status' ? 'status' : undefined;
}

/** A single object or a list in the format the client asked for (object, Table, partial metadata). */
function formatted(call: RestCall, items: KObject[], list: { resourceVersion: string; continue?: string } | undefined): unknown {
  const accept = acceptedFormat(call.req.headers.accept);
  const include = (param(call.query, 'includeObject') ?? 'Metadata') as 'None' | 'Metadata' | 'Object';
  if (!['None', 'Metadata', 'Object'].includes(include)) throw new RestRequestError(400, `includeObject: unsupported value "${include}"`);
  if (accept.table) return toTable(call.resource.kind, items, { include, resourceVersion: list?.resourceVersion, continue: list?.continue });
  if (accept.partial) {
    const partial = items.map((o) => ({ kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata }));
    if (!list) return partial[0];
    return { kind: 'PartialObjectMetadataList', apiVersion: 'meta.k8s.io/v1', metadata: listMeta(list), items: partial };
  }
  if (!list) return items[0];
  return { kind: `${call.resource.kind}List`, apiVersion: call.resource.groupVersion, metadata: listMeta(list), items };
}

function listMeta(list: { resourceVersion: string; continue?: string }): Record<string, string> {
  return list.continue ? { resourceVersion: list.resourceVersion, continue: list.continue } : { resourceVersion: list.resourceVersion };
}

export async function getObject(call: RestCall): Promise<void> {
  const { ctx, resource, namespace, name } = call;
  await ctx.authorize('get', resource.kind, namespace, name);
  const obj = await ctx.store.get(resource.kind, namespace, name!);
  if (!obj) throw notFound(resource.kind, namespace, name!);
  sendJson(call.res, 200, formatted(call, [obj], undefined));
}

export async function listObjects(call: RestCall): Promise<void> {
  const { ctx, resource, namespace, query } = call;
  const fieldSelector = param(query, 'fieldSelector');
  const labelSelector = param(query, 'labelSelector');
  await ctx.authorize('list', resource.kind, namespace, undefined, { fieldSelector, labelSelector });
  // Every list is served at the latest revision; a resourceVersion is only checked for form.
  assertResourceVersion(param(query, 'resourceVersion'));
  const result = await ctx.store.list(resource.kind, {
    namespace,
    labelSelector,
    fieldSelector,
    limit: pageSize(intParam(query, 'limit', 0), ctx.limits.maxListLimit),
    continue: param(query, 'continue'),
  });
  sendJson(call.res, 200, formatted(call, result.items, { resourceVersion: result.resourceVersion, continue: result.continue || undefined }));
}

async function bodyObject(call: RestCall): Promise<KObject> {
  const body = parseDocument(await readBody(call.req, call.maxBodyBytes), mediaType(call.req));
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new RestRequestError(400, 'the request body must be a JSON object');
  const obj = body as KObject;
  const { resource } = call;
  if (obj.kind !== undefined && obj.kind !== resource.kind) {
    throw new RestRequestError(400, `the kind of the object (${obj.kind}) does not match the resource of the request (${resource.plural}: ${resource.kind})`);
  }
  if (obj.apiVersion !== undefined && obj.apiVersion !== resource.groupVersion) {
    throw new RestRequestError(400, `the API version of the object (${obj.apiVersion}) does not match the request (${resource.groupVersion})`);
  }
  const bodyNamespace = obj.metadata?.namespace;
  if (resource.def.namespaced && call.namespace && bodyNamespace && bodyNamespace !== call.namespace) {
    throw new RestRequestError(400, 'the namespace of the provided object does not match the namespace sent on the request');
  }
  return enforceFieldValidation(fieldValidationParam(call.query), resource.groupVersion, resource.kind, obj, call.res);
}

export async function createObject(call: RestCall): Promise<void> {
  const { ctx, resource, namespace } = call;
  const obj = await bodyObject(call);
  await ctx.authorize('create', resource.kind, namespace, obj.metadata?.name);
  const tracked = recordUpdate(null, obj, { manager: fieldManagerOf(call), now: new Date() });
  await assertNoEscalation(ctx, resource.kind, namespace, tracked);
  const created = await ctx.store.create(resource.kind, namespace, tracked, { dryRun: dryRunParam(call.query) });
  sendJson(call.res, 201, created);
}

export async function replaceObject(call: RestCall, mode: 'main' | 'status' = 'main'): Promise<void> {
  const { ctx, resource, namespace, name } = call;
  const obj = await bodyObject(call);
  if (obj.metadata?.name !== undefined && obj.metadata.name !== name) {
    throw new RestRequestError(400, `the name of the object (${obj.metadata.name}) does not match the name on the URL (${name})`);
  }
  await ctx.authorize('update', mode === 'status' ? `${resource.kind}/status` : resource.kind, namespace, name);
  const manager = fieldManagerOf(call);
  const precondition = obj.metadata?.resourceVersion || undefined;
  // RBAC objects are checked as the write would leave them (escalation prevention, server/auth/rbac-escalation.ts).
  if (isRbacKind(resource.kind)) {
    const next = await ctx.store.update(resource.kind, namespace, name!, (current) => recordUpdate(current, obj, { manager, now: new Date(), subresource: subresourceOf(mode) }), { resourceVersion: precondition, dryRun: true }, mode);
    await assertNoEscalation(ctx, resource.kind, namespace, next);
  }
  const updated = await ctx.store.update(
    resource.kind,
    namespace,
    name!,
    (current) => recordUpdate(current, mode === 'status' ? { ...current, status: obj.status } : obj, { manager, now: new Date(), subresource: subresourceOf(mode) }),
    { resourceVersion: precondition, dryRun: dryRunParam(call.query) },
    mode,
  );
  sendJson(call.res, 200, updated);
}

const PATCH_TYPES = ['application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json', 'application/apply-patch+yaml'];

/** The precondition a merge or strategic patch may carry in `metadata.resourceVersion` (kubectl edit sends one). */
function patchPrecondition(patch: unknown): string | undefined {
  const rv = (patch as { metadata?: { resourceVersion?: unknown } } | null)?.metadata?.resourceVersion;
  return typeof rv === 'string' && rv !== '' ? rv : undefined;
}

export async function patchObject(call: RestCall, mode: 'main' | 'status' = 'main'): Promise<void> {
  const { ctx, resource, namespace, name, query } = call;
  const type = mediaType(call.req);
  if (!PATCH_TYPES.includes(type)) {
    throw new RestRequestError(415, `the body of the request was in an unknown format - accepted media types include: ${PATCH_TYPES.join(', ')}`, 'UnsupportedMediaType');
  }
  const patch = parseDocument(await readBody(call.req, call.maxBodyBytes), type);
  const directive = fieldValidationParam(query);
  const dryRun = dryRunParam(query);
  const manager = fieldManagerOf(call);
  const now = new Date();
  await ctx.authorize('patch', mode === 'status' ? `${resource.kind}/status` : resource.kind, namespace, name);

  if (type === 'application/apply-patch+yaml') {
    if (param(query, 'fieldManager') === undefined) throw new RestRequestError(400, 'fieldManager: Required value: is required for apply patch');
    if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) throw new RestRequestError(400, 'an apply patch must be an object');
    const applied = enforceFieldValidation(fieldValidationParam(query), resource.groupVersion, resource.kind, patch as KObject, call.res);
    if (applied.metadata?.name !== undefined && applied.metadata.name !== name) {
      throw new RestRequestError(400, `the name of the object (${applied.metadata.name}) does not match the name on the URL (${name})`);
    }
    const force = boolParam(query, 'force') ?? false;
    const existing = await ctx.store.get(resource.kind, namespace, name!);
    if (!existing && mode === 'main') {
      // Server-side apply creates what does not exist yet.
      await ctx.authorize('create', resource.kind, namespace, name);
      const obj = serverSideApply(null, { ...applied, metadata: { ...applied.metadata, name: name! } }, { manager, force, now });
      await assertNoEscalation(ctx, resource.kind, namespace, obj);
      sendJson(call.res, 201, await ctx.store.create(resource.kind, namespace, obj, { dryRun }));
      return;
    }
    if (isRbacKind(resource.kind)) {
      const next = await ctx.store.update(resource.kind, namespace, name!, (current) => serverSideApply(current, applied, { manager, force, now, subresource: subresourceOf(mode) }), { dryRun: true }, mode);
      await assertNoEscalation(ctx, resource.kind, namespace, next);
    }
    const updated = await ctx.store.update(resource.kind, namespace, name!, (current) => serverSideApply(current, applied, { manager, force, now, subresource: subresourceOf(mode) }), { dryRun }, mode);
    sendJson(call.res, 200, updated);
    return;
  }

  const apply = (current: KObject): KObject => {
    let next: unknown;
    if (type === 'application/json-patch+json') next = applyJsonPatch(current, patch);
    else if (type === 'application/merge-patch+json') {
      if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) throw new RestRequestError(400, 'a merge patch must be a JSON object');
      next = applyMergePatch(current, patch);
    } else next = applyStrategicMergePatch(current, patch);
    const known = enforceFieldValidation(directive, resource.groupVersion, resource.kind, next as KObject, call.res);
    return recordUpdate(current, known, { manager, now, subresource: subresourceOf(mode) });
  };
  const precondition = type === 'application/json-patch+json' ? undefined : patchPrecondition(patch);
  // RBAC objects are checked as the write would leave them (escalation prevention, server/auth/rbac-escalation.ts).
  if (isRbacKind(resource.kind)) await assertNoEscalation(ctx, resource.kind, namespace, await ctx.store.update(resource.kind, namespace, name!, apply, { resourceVersion: precondition, dryRun: true }, mode));
  const updated = await ctx.store.update(resource.kind, namespace, name!, apply, { resourceVersion: precondition, dryRun }, mode);
  sendJson(call.res, 200, updated);
}

/** DeleteOptions from the body (kubectl sends one) and the query. */
async function deleteOptions(call: RestCall): Promise<DeleteOptions & { dryRun: boolean; uid?: string }> {
  const { query } = call;
  let body: Record<string, any> = {};
  const raw = await readBody(call.req, call.maxBodyBytes);
  if (raw.length > 0 && raw.toString('utf8').trim() !== '') {
    const parsed = parseDocument(raw, mediaType(call.req) || 'application/json');
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new RestRequestError(400, 'DeleteOptions must be a JSON object');
    body = parsed as Record<string, any>;
  }
  const grace = body.gracePeriodSeconds ?? intParam(query, 'gracePeriodSeconds', 0);
  let propagation: PropagationPolicy | undefined = body.propagationPolicy ?? param(query, 'propagationPolicy');
  const orphan = body.orphanDependents ?? boolParam(query, 'orphanDependents');
  if (propagation === undefined && orphan !== undefined) propagation = orphan ? 'Orphan' : 'Background';
  const dryRun = Array.isArray(body.dryRun) ? body.dryRun.includes('All') : dryRunParam(query);
  return {
    gracePeriodSeconds: grace,
    propagationPolicy: propagation,
    resourceVersion: body.preconditions?.resourceVersion ?? undefined,
    uid: body.preconditions?.uid ?? undefined,
    dryRun,
  };
}

export async function deleteObject(call: RestCall): Promise<void> {
  const { ctx, resource, namespace, name } = call;
  const opts = await deleteOptions(call);
  await ctx.authorize('delete', resource.kind, namespace, name);
  const current = await ctx.store.get(resource.kind, namespace, name!);
  if (!current) throw notFound(resource.kind, namespace, name!);
  if (opts.uid !== undefined && opts.uid !== current.metadata.uid) {
    throw new CapstanError(
      'CONFLICT',
      `Precondition failed: UID in precondition: ${opts.uid}, UID in object meta: ${current.metadata.uid}`,
      [],
      { kind: resource.kind, namespace, name: name! },
    );
  }
  if (opts.dryRun) {
    sendJson(call.res, 200, current);
    return;
  }
  const deleted = await ctx.store.delete(resource.kind, namespace, name!, opts);
  sendJson(call.res, 200, deleted);
}

/** DELETE on a collection: every object the selectors match, one by one, as Kubernetes does. */
export async function deleteCollection(call: RestCall): Promise<void> {
  const { ctx, resource, namespace, query } = call;
  const opts = await deleteOptions(call);
  const fieldSelector = param(query, 'fieldSelector');
  await ctx.authorize('list', resource.kind, namespace, undefined, { fieldSelector });
  await ctx.authorize('delete', resource.kind, namespace);
  const deleted: KObject[] = [];
  let cont: string | undefined;
  let resourceVersion = '';
  do {
    const page = await ctx.store.list(resource.kind, { namespace, labelSelector: param(query, 'labelSelector'), fieldSelector, limit: ctx.limits.maxListLimit, continue: cont });
    resourceVersion = page.resourceVersion;
    for (const obj of page.items) {
      if (opts.dryRun) {
        deleted.push(obj);
        continue;
      }
      try {
        deleted.push(await ctx.store.delete(resource.kind, obj.metadata.namespace, obj.metadata.name, { gracePeriodSeconds: opts.gracePeriodSeconds, propagationPolicy: opts.propagationPolicy }));
      } catch (err) {
        if (!(err instanceof CapstanError && err.code === 'NOT_FOUND')) throw err;
      }
    }
    cont = page.continue || undefined;
  } while (cont);
  sendJson(call.res, 200, { kind: `${resource.kind}List`, apiVersion: resource.groupVersion, metadata: { resourceVersion }, items: deleted });
}
