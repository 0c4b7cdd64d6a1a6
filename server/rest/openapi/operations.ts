/**
 * The OpenAPI 3 path items of one served kind, shaped as kube-apiserver's: operation ids
 * (`patchCoreV1NamespacedPod`), `x-kubernetes-action` and `x-kubernetes-group-version-kind` on
 * every operation, and Kubernetes' own parameter objects. kubectl reads the PATCH operation's
 * `fieldValidation` parameter to decide that the server validates fields itself.
 */
import type { KindDefinition } from '../../kinds/kind-definition.ts';
import { SCHEMA_REF_PREFIX, splitApiVersion, type KubernetesDefinitions, type OpenApiObject } from './definitions.ts';

/** What the documents need to know about a served kind. */
export type ServedKind = Pick<KindDefinition, 'kind' | 'apiVersion' | 'plural' | 'namespaced' | 'hasStatusSubresource'>;

/** Definition names a kind's endpoints refer to. */
export interface KindSchemas {
  object: string;
  list?: string;
}

export const META = 'io.k8s.apimachinery.pkg.apis.meta.v1';
const STATUS = `${META}.Status`;
const DELETE_OPTIONS = `${META}.DeleteOptions`;
const PATCH = `${META}.Patch`;

const PATCH_TYPES = ['application/apply-patch+yaml', 'application/json-patch+json', 'application/merge-patch+json', 'application/strategic-merge-patch+json'];
const WRITE_PARAMS = ['dryRun', 'fieldManager', 'fieldValidation'];
const LIST_PARAMS = ['allowWatchBookmarks', 'continue', 'fieldSelector', 'labelSelector', 'limit', 'resourceVersion', 'resourceVersionMatch', 'sendInitialEvents', 'timeoutSeconds', 'watch'];
const DELETE_PARAMS = ['dryRun', 'gracePeriodSeconds', 'orphanDependents', 'propagationPolicy'];
const DELETE_COLLECTION_PARAMS = ['continue', 'dryRun', 'fieldSelector', 'gracePeriodSeconds', 'labelSelector', 'limit', 'orphanDependents', 'propagationPolicy', 'resourceVersion', 'resourceVersionMatch', 'sendInitialEvents', 'timeoutSeconds'];

interface OperationParts {
  /** Query parameters by name. */
  parameters?: string[];
  requestBody?: OpenApiObject;
  responses: OpenApiObject;
}

/** `coordination.k8s.io` → `Coordination`, `rbac.authorization.k8s.io` → `RbacAuthorization`, '' → `Core`. */
export function groupIdentifier(group: string): string {
  if (group === '') return 'Core';
  return group
    .replace(/\.k8s\.io$/, '')
    .split('.')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');
}

/** The URL prefix of a group version: `/api/v1`, `/apis/apps/v1`. */
export function groupVersionPrefix(group: string, version: string): string {
  return group === '' ? `/api/${version}` : `/apis/${group}/${version}`;
}

function ref(name: string): OpenApiObject {
  return { $ref: `${SCHEMA_REF_PREFIX}${name}` };
}

function jsonContent(name: string): OpenApiObject {
  return { content: { 'application/json': { schema: ref(name) } } };
}

/** OpenAPI 3 path items, by path, for one kind. */
export function kindPaths(served: ServedKind, schemas: KindSchemas, defs: KubernetesDefinitions): Record<string, OpenApiObject> {
  const { group, version } = splitApiVersion(served.apiVersion);
  const gvk = { group, version, kind: served.kind };
  const idBase = `${groupIdentifier(group)}${version.charAt(0).toUpperCase()}${version.slice(1)}`;
  const tag = `${idBase.charAt(0).toLowerCase()}${idBase.slice(1).replace(/V\d.*$/, '')}_${version}`;

  const param = (name: string): OpenApiObject => {
    const p = defs.parameters[name];
    if (!p) throw new Error(`OpenAPI parameter ${name} is not generated`);
    return name === 'name' ? { ...p, description: `name of the ${served.kind}` } : p;
  };
  /** `verb` + group + version + (Namespaced) + kind + `suffix`: `readCoreV1NamespacedPodStatus`. */
  const operationId = (verb: string, suffix = '', namespaced = served.namespaced) => `${verb}${idBase}${namespaced ? 'Namespaced' : ''}${served.kind}${suffix}`;
  const operation = (id: string, action: string, description: string, parts: OperationParts): OpenApiObject => ({
    description,
    operationId: id,
    tags: [tag],
    ...(parts.parameters ? { parameters: parts.parameters.map(param) } : {}),
    ...(parts.requestBody ? { requestBody: parts.requestBody } : {}),
    responses: { ...parts.responses, 401: { description: 'Unauthorized' } },
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': gvk,
  });
  const objectBody = { content: { '*/*': { schema: ref(schemas.object) } }, required: true };
  const patchBody = { content: Object.fromEntries(PATCH_TYPES.map((t) => [t, { schema: ref(PATCH) }])), required: true };
  const ok = (name: string) => ({ description: 'OK', ...jsonContent(name) });
  const created = (name: string) => ({ description: 'Created', ...jsonContent(name) });
  const accepted = (name: string) => ({ description: 'Accepted', ...jsonContent(name) });

  const prefix = groupVersionPrefix(group, version);
  const collection = served.namespaced ? `${prefix}/namespaces/{namespace}/${served.plural}` : `${prefix}/${served.plural}`;
  const scopeParams = served.namespaced ? [param('namespace')] : [];
  const paths: Record<string, OpenApiObject> = {};

  const collectionItem: OpenApiObject = {
    parameters: [...scopeParams, param('pretty')],
    post: operation(operationId('create'), 'post', `create a ${served.kind}`, {
      parameters: WRITE_PARAMS,
      requestBody: objectBody,
      responses: { 200: ok(schemas.object), 201: created(schemas.object), 202: accepted(schemas.object) },
    }),
    delete: operation(operationId('deleteCollection'), 'deletecollection', `delete collection of ${served.kind}`, {
      parameters: DELETE_COLLECTION_PARAMS,
      requestBody: { content: { '*/*': { schema: ref(DELETE_OPTIONS) } } },
      responses: { 200: ok(STATUS) },
    }),
  };
  if (schemas.list) {
    collectionItem.get = operation(operationId('list'), 'list', `list or watch objects of kind ${served.kind}`, { parameters: LIST_PARAMS, responses: { 200: ok(schemas.list) } });
  }
  paths[collection] = collectionItem;
  if (served.namespaced && schemas.list) {
    paths[`${prefix}/${served.plural}`] = {
      parameters: [...LIST_PARAMS, 'pretty'].map(param),
      get: operation(operationId('list', 'ForAllNamespaces', false), 'list', `list or watch objects of kind ${served.kind}`, { responses: { 200: ok(schemas.list) } }),
    };
  }

  const item = (suffix: string, what: string, withDelete: boolean): OpenApiObject => ({
    parameters: [param('name'), ...scopeParams, param('pretty')],
    get: operation(operationId('read', suffix), 'get', `read ${what}the specified ${served.kind}`, { responses: { 200: ok(schemas.object) } }),
    put: operation(operationId('replace', suffix), 'put', `replace ${what}the specified ${served.kind}`, {
      parameters: WRITE_PARAMS,
      requestBody: objectBody,
      responses: { 200: ok(schemas.object), 201: created(schemas.object) },
    }),
    patch: operation(operationId('patch', suffix), 'patch', `partially update ${what}the specified ${served.kind}`, {
      parameters: [...WRITE_PARAMS, 'force'],
      requestBody: patchBody,
      responses: { 200: ok(schemas.object), 201: created(schemas.object) },
    }),
    ...(withDelete
      ? {
          delete: operation(operationId('delete'), 'delete', `delete a ${served.kind}`, {
            parameters: DELETE_PARAMS,
            requestBody: { content: { '*/*': { schema: ref(DELETE_OPTIONS) } } },
            responses: { 200: ok(STATUS), 202: accepted(STATUS) },
          }),
        }
      : {}),
  });
  paths[`${collection}/{name}`] = item('', '', true);
  if (served.hasStatusSubresource) paths[`${collection}/{name}/status`] = item('Status', 'status of ', false);
  return paths;
}
