/**
 * Builds the OpenAPI documents kube-apiserver serves, for a set of served kinds:
 * - v3: one document per group version (`api/v1`, `apis/apps/v1`) with the kinds' paths and the
 *   schemas they reach, and an index of them with each document's hash (what kubectl explain,
 *   kubectl apply's strategic merge patch and its field-validation check read);
 * - v2: one Swagger 2.0 document for everything (older clients, `explain --output plaintext-openapiv2`).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import {
  definitionNameFor,
  referencedClosure,
  SCHEMA_REF_PREFIX,
  splitApiVersion,
  type GroupVersionKind,
  type KubernetesDefinitions,
  type OpenApiObject,
} from './definitions.ts';
import { encodeOpenApiV2 } from './openapi-v2-protobuf.ts';
import { groupVersionPrefix, kindPaths, META, type KindSchemas, type ServedKind } from './operations.ts';

/** A document serialized once, with what an HTTP answer needs. */
export interface SerializedDocument {
  /** The document's bytes (JSON, or protobuf for `v2Protobuf`). */
  json: Buffer;
  /** `json` gzipped, on first use. */
  readonly gzip: Buffer;
  /** Uppercase hex SHA-512 of `json`, as kube-apiserver computes it. */
  hash: string;
}

export interface OpenApiDocuments {
  /** Built on first use, as is the next. */
  readonly v2: SerializedDocument;
  /** The same v2 document in gnostic's protobuf (see openapi-v2-protobuf.ts). */
  readonly v2Protobuf: SerializedDocument;
  v3Index: SerializedDocument;
  /** By group-version path: `api/v1`, `apis/apps/v1`. */
  v3: Map<string, SerializedDocument>;
  /** Served kinds with no Kubernetes definition: they get schemas that accept any field. */
  unknownKinds: string[];
}

const INFO = { title: 'Kubernetes', version: 'capstan' };
const BEARER = { BearerToken: { description: 'Bearer Token authentication', in: 'header', name: 'authorization', type: 'apiKey' } };
/** Schemas every document carries: the bodies of delete, patch and error answers. */
const META_SCHEMAS = [`${META}.Status`, `${META}.DeleteOptions`, `${META}.Patch`];

export function serialize(doc: unknown): SerializedDocument {
  return serializeBytes(Buffer.from(JSON.stringify(doc)));
}

function serializeBytes(json: Buffer): SerializedDocument {
  let gzip: Buffer | undefined;
  return {
    json,
    hash: createHash('sha512').update(json).digest('hex').toUpperCase(),
    get gzip() {
      return (gzip ??= gzipSync(json));
    },
  };
}

/** The group-version path of an apiVersion in /openapi/v3: `api/v1`, `apis/apps/v1`. */
export function groupVersionPath(apiVersion: string): string {
  const { group, version } = splitApiVersion(apiVersion);
  return groupVersionPrefix(group, version).slice(1);
}

/**
 * Kubernetes' OpenAPI 3 documents put a `$ref` that has a description beside it inside `allOf`
 * (a `$ref` ignores its siblings in OpenAPI 3); kubectl reads either form.
 */
function toV3Schema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toV3Schema);
  if (value === null || typeof value !== 'object') return value;
  const obj = value as OpenApiObject;
  const isRef = typeof obj.$ref === 'string';
  const out: OpenApiObject = {};
  // (JSONSchemaProps has a property named `$ref`, whose value is a schema, not a reference.)
  for (const [k, v] of Object.entries(obj)) if (!(isRef && k === '$ref')) out[k] = toV3Schema(v);
  if (!isRef) return out;
  if (Object.keys(out).length === 0) return { $ref: obj.$ref };
  return { ...out, allOf: [{ $ref: obj.$ref }] };
}

/** Rewrites `#/components/schemas/` references to Swagger 2.0's `#/definitions/`. */
function toV2Schema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toV2Schema);
  if (value === null || typeof value !== 'object') return value;
  const out: OpenApiObject = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = k === '$ref' && typeof v === 'string' ? v.replace(SCHEMA_REF_PREFIX, '#/definitions/') : toV2Schema(v);
  }
  return out;
}

/** An OpenAPI 3 parameter as Swagger 2.0 writes it: its schema's type beside its name. */
function toV2Parameter(p: OpenApiObject): OpenApiObject {
  const { schema, ...rest } = p;
  return { ...rest, ...(schema as OpenApiObject) };
}

/** An OpenAPI 3 operation in Swagger 2.0 form. */
function toV2Operation(op: OpenApiObject): OpenApiObject {
  const { requestBody, responses, parameters, ...rest } = op;
  const params = ((parameters as OpenApiObject[] | undefined) ?? []).map(toV2Parameter);
  const consumes: string[] = [];
  if (requestBody) {
    const content = (requestBody as OpenApiObject).content as Record<string, OpenApiObject>;
    consumes.push(...Object.keys(content));
    params.unshift({ in: 'body', name: 'body', required: (requestBody as OpenApiObject).required === true, schema: toV2Schema(Object.values(content)[0]!.schema) });
  }
  const v2Responses: OpenApiObject = {};
  for (const [code, r] of Object.entries(responses as Record<string, OpenApiObject>)) {
    const content = r.content as Record<string, OpenApiObject> | undefined;
    v2Responses[code] = { description: r.description, ...(content ? { schema: toV2Schema(content['application/json']!.schema) } : {}) };
  }
  return {
    ...rest,
    ...(consumes.length > 0 ? { consumes } : {}),
    produces: ['application/json'],
    schemes: ['https'],
    ...(params.length > 0 ? { parameters: params } : {}),
    responses: v2Responses,
  };
}

interface GroupVersionContent {
  paths: Record<string, OpenApiObject>;
  roots: Set<string>;
}

/** Builds every document for `kinds` from Kubernetes' definitions. */
export function buildOpenApiDocuments(kinds: ServedKind[], defs: KubernetesDefinitions): OpenApiDocuments {
  const byGroupVersion = new Map<string, GroupVersionContent>();
  const unknownKinds: string[] = [];
  const kubernetes = defs;
  // Open schemas for kinds Kubernetes lacks are added to a copy.
  defs = { ...defs, definitions: { ...defs.definitions } };
  for (const served of kinds) {
    const { group, version } = splitApiVersion(served.apiVersion);
    let schemas: KindSchemas;
    const object = definitionNameFor(kubernetes, { group, version, kind: served.kind });
    if (object) schemas = { object, list: definitionNameFor(kubernetes, { group, version, kind: `${served.kind}List` }) };
    else {
      unknownKinds.push(`${served.apiVersion} ${served.kind}`);
      schemas = addOpenSchemas(defs, { group, version, kind: served.kind });
    }
    const gvPath = groupVersionPath(served.apiVersion);
    let content = byGroupVersion.get(gvPath);
    if (!content) byGroupVersion.set(gvPath, (content = { paths: {}, roots: new Set(META_SCHEMAS) }));
    Object.assign(content.paths, kindPaths(served, schemas, defs));
    content.roots.add(schemas.object);
    if (schemas.list) content.roots.add(schemas.list);
  }

  const v3 = new Map<string, SerializedDocument>();
  const indexPaths: Record<string, { serverRelativeURL: string }> = {};
  const v2Paths: Record<string, OpenApiObject> = {};
  const v2Roots = new Set<string>();
  for (const gvPath of [...byGroupVersion.keys()].sort()) {
    const content = byGroupVersion.get(gvPath)!;
    const names = referencedClosure(defs, content.roots);
    const doc = serialize({
      openapi: '3.0.0',
      info: INFO,
      paths: sortedObject(content.paths),
      components: { schemas: Object.fromEntries(names.map((n) => [n, toV3Schema(defs.definitions[n])])), securitySchemes: BEARER },
      security: [{ BearerToken: [] }],
    });
    v3.set(gvPath, doc);
    indexPaths[gvPath] = { serverRelativeURL: `/openapi/v3/${gvPath}?hash=${doc.hash}` };
    for (const [p, item] of Object.entries(content.paths)) v2Paths[p] = v2PathItem(item);
    for (const n of content.roots) v2Roots.add(n);
  }

  const v2Names = referencedClosure(defs, v2Roots);
  const v2Doc = () => ({
    swagger: '2.0',
    info: INFO,
    paths: sortedObject(v2Paths),
    definitions: Object.fromEntries(v2Names.map((n) => [n, toV2Schema(defs.definitions[n])])),
    securityDefinitions: BEARER,
    security: [{ BearerToken: [] }],
  });
  // Only old clients and List validation read v2: build it, and compress anything, on first use.
  let v2: SerializedDocument | undefined;
  let v2Protobuf: SerializedDocument | undefined;
  return {
    v3Index: serialize({ paths: indexPaths }),
    v3,
    unknownKinds,
    get v2() {
      return (v2 ??= serialize(v2Doc()));
    },
    get v2Protobuf() {
      return (v2Protobuf ??= serializeBytes(encodeOpenApiV2(v2Doc())));
    },
  };
}

/**
 * Schemas that accept anything, for a served kind Kubernetes' definitions lack (as a CRD without
 * a schema has): kubectl then still finds the kind and leaves field validation to the server.
 */
function addOpenSchemas(defs: KubernetesDefinitions, gvk: GroupVersionKind): KindSchemas {
  const base = `dev.capstan.${gvk.group === '' ? 'core' : gvk.group}.${gvk.version}.${gvk.kind}`;
  const open = (kind: string, description: string): OpenApiObject => ({
    description,
    type: 'object',
    'x-kubernetes-preserve-unknown-fields': true,
    'x-kubernetes-group-version-kind': [{ ...gvk, kind }],
  });
  const missing = 'Its Kubernetes schema is missing from kubernetes-definitions.json: add its group to scripts/openapi-generate.ts.';
  defs.definitions[base] = open(gvk.kind, `${gvk.kind} as Capstan serves it. ${missing}`);
  defs.definitions[`${base}List`] = open(`${gvk.kind}List`, `A list of ${gvk.kind} objects. ${missing}`);
  return { object: base, list: `${base}List` };
}

function v2PathItem(item: OpenApiObject): OpenApiObject {
  const out: OpenApiObject = {};
  for (const [k, v] of Object.entries(item)) {
    out[k] = k === 'parameters' ? (v as OpenApiObject[]).map(toV2Parameter) : toV2Operation(v as OpenApiObject);
  }
  return out;
}

function sortedObject<T>(obj: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
