/**
 * Request bodies in Kubernetes' protobuf encoding (`application/vnd.kubernetes.protobuf`), which
 * kubectl's typed clients send (`kubectl create deployment|configmap|secret|namespace|job`):
 * the 4-byte magic `k8s\0`, then a runtime.Unknown naming apiVersion and kind around the
 * object's own bytes. The object is decoded with Kubernetes' own message schemas
 * (descriptors.bin, extracted from kubectl by scripts/k8s-protobuf-descriptors.ts) and turned
 * into the JSON the rest of the API server speaks: Time as RFC 3339, Quantity and IntOrString
 * as in JSON, bytes as base64, and the empty values Go's protobuf writes for non-pointer fields
 * dropped, as their JSON `omitempty` would.
 */
import { rfc3339 } from '../../../api/time.ts';
import { readFileSync } from 'node:fs';
import zlib from 'node:zlib';
import protobuf from 'protobufjs';
import descriptor from 'protobufjs/ext/descriptor/index.js';
import { RestRequestError } from '../status.ts';

const MAGIC = Buffer.from([0x6b, 0x38, 0x73, 0x00]);
const META = 'k8s.io.apimachinery.pkg.apis.meta.v1';

let root: protobuf.Root | undefined;

function loadRoot(): protobuf.Root {
  if (root) return root;
  const raw = zlib.gunzipSync(readFileSync(new URL('./descriptors.bin', import.meta.url)));
  const ext = descriptor as unknown as { FileDescriptorSet: protobuf.Type };
  const set = ext.FileDescriptorSet.decode(raw);
  root = (protobuf.Root as unknown as { fromDescriptor(d: unknown): protobuf.Root }).fromDescriptor(set);
  root.resolveAll();
  return root;
}

/** `apps/v1` → `k8s.io.api.apps.v1`; `v1` → `k8s.io.api.core.v1`; `rbac.authorization.k8s.io/v1` → `k8s.io.api.rbac.v1`. */
function packageOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? 'core' : apiVersion.slice(0, slash).replace(/\.k8s\.io$/, '').split('.')[0]!;
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
  return `k8s.io.api.${group}.${version}`;
}

/** A decoded message as Kubernetes JSON. Returns undefined for what JSON would omit. */
function toJson(type: protobuf.Type, message: protobuf.Message): unknown {
  switch (type.fullName.slice(1)) {
    case `${META}.Time`:
    case `${META}.MicroTime`: {
      const m = message as unknown as { seconds?: number | protobuf.Long; nanos?: number };
      const seconds = Number(m.seconds ?? 0);
      return seconds === 0 && !m.nanos ? undefined : rfc3339Seconds(seconds);
    }
    case 'k8s.io.apimachinery.pkg.api.resource.Quantity':
      return (message as unknown as { string?: string }).string || undefined;
    case 'k8s.io.apimachinery.pkg.util.intstr.IntOrString': {
      const m = message as unknown as { type?: number | protobuf.Long; intVal?: number; strVal?: string };
      return Number(m.type ?? 0) === 1 ? (m.strVal ?? '') : (m.intVal ?? 0);
    }
    case 'k8s.io.apimachinery.pkg.runtime.RawExtension': {
      const raw = (message as unknown as { raw?: Uint8Array }).raw;
      if (!raw || raw.length === 0) return undefined;
      return JSON.parse(Buffer.from(raw).toString('utf8'));
    }
    case `${META}.Duration`: {
      const ns = Number((message as unknown as { duration?: number }).duration ?? 0);
      return ns === 0 ? undefined : `${ns / 1e9}s`;
    }
    default:
      break;
  }
  const out: Record<string, unknown> = {};
  for (const field of type.fieldsArray) {
    // Only what was on the wire: proto2 defaults live on the prototype.
    if (!Object.hasOwn(message, field.name)) continue;
    const value = (message as unknown as Record<string, unknown>)[field.name];
    if (value === undefined || value === null) continue;
    let json: unknown;
    if (field.repeated && isMapEntry(field)) {
      const entries = (value as { key?: string; value?: unknown }[]).map((e) => {
        const valueField = (field.resolvedType as protobuf.Type).fields.value!;
        return [e.key ?? '', Object.hasOwn(e, 'value') ? (fieldValue(valueField, e.value) ?? '') : ''] as const;
      });
      json = entries.length > 0 ? Object.fromEntries(entries) : undefined;
    } else if (field.map) {
      const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, fieldValue(field, v) ?? ''] as const);
      json = entries.length > 0 ? Object.fromEntries(entries) : undefined;
    } else if (field.repeated) {
      const list = (value as unknown[]).map((v) => fieldValue(field, v) ?? (field.resolvedType ? {} : ''));
      json = list.length > 0 ? list : undefined;
    } else json = fieldValue(field, value);
    if (json !== undefined) out[field.name] = json;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Maps travel as repeated `<Name>Entry { key = 1; value = 2; }` messages. */
function isMapEntry(field: protobuf.Field): boolean {
  const t = field.resolvedType;
  if (!(t instanceof protobuf.Type)) return false;
  if (t.options?.map_entry || (t as unknown as { options?: { mapEntry?: boolean } }).options?.mapEntry) return true;
  return t.name.endsWith('Entry') && t.fieldsArray.length === 2 && !!t.fields.key && !!t.fields.value;
}

function fieldValue(field: protobuf.Field, value: unknown): unknown {
  if (field.resolvedType instanceof protobuf.Type) return toJson(field.resolvedType, value as protobuf.Message);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object' && value !== null && 'low' in value && 'high' in value) return Number(value as protobuf.Long);
  if (value === '') return undefined;
  return value;
}

/** Decodes a protobuf request body into the object's JSON form. Throws 415 for a kind it has no schema for. */
export function decodeKubernetesProtobuf(body: Buffer): Record<string, unknown> {
  if (body.length < 4 || !body.subarray(0, 4).equals(MAGIC)) throw new RestRequestError(400, 'the protobuf body does not start with the Kubernetes magic number');
  const r = loadRoot();
  const Unknown = r.lookupType('k8s.io.apimachinery.pkg.runtime.Unknown');
  let envelope: { typeMeta?: { apiVersion?: string; kind?: string }; raw?: Uint8Array };
  try {
    envelope = Unknown.decode(body.subarray(4)) as unknown as typeof envelope;
  } catch {
    throw new RestRequestError(400, 'the protobuf body could not be decoded');
  }
  const apiVersion = envelope.typeMeta?.apiVersion ?? '';
  const kind = envelope.typeMeta?.kind ?? '';
  let type: protobuf.Type;
  try {
    type = r.lookupType(kind === 'DeleteOptions' ? `${META}.DeleteOptions` : `${packageOf(apiVersion)}.${kind}`);
  } catch {
    throw new RestRequestError(415, `the server cannot decode ${kind || 'objects'} of ${apiVersion || 'this version'} from protobuf: send application/json`, 'UnsupportedMediaType');
  }
  let message: protobuf.Message;
  try {
    message = type.decode(envelope.raw ?? new Uint8Array());
  } catch {
    throw new RestRequestError(400, `the protobuf body is not a valid ${kind}`);
  }
  const obj = (toJson(type, message) ?? {}) as Record<string, unknown>;
  return { apiVersion, kind, ...obj };
}

function rfc3339Seconds(seconds: number): string {
  return rfc3339(seconds * 1000);
}
