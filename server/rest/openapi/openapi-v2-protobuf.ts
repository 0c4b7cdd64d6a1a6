/**
 * Encodes a Swagger 2.0 document (as JSON) in gnostic's `openapi.v2.Document` protobuf, the
 * only form client-go's `OpenAPISchema()` accepts for /openapi/v2 (it sends
 * `Accept: application/com.github.proto-openapi.spec.v2@v1.0+protobuf` alone). kubectl 1.32 reads
 * it for client-side validation where server-side field validation cannot be asked for, e.g. a
 * `kind: List` manifest, and for `explain --output plaintext-openapiv2`.
 *
 * Field numbers are those of gnostic's openapiv2/OpenAPIv2.proto. Only what Kubernetes' documents
 * use is encoded: schemas, JSON-valued extensions (as `Any.yaml`, which JSON satisfies), paths
 * with body/query/path parameters and responses, and an API-key security definition.
 */
import type { OpenApiObject } from './definitions.ts';

/** What client-go asks for. */
export const OPENAPI_V2_PROTOBUF = 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf';
/** What kube-apiserver answers with: Go's mime parser refuses the `@` of the requested type. */
export const OPENAPI_V2_PROTOBUF_RESPONSE = 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf';

type Bytes = Buffer[];

function varint(n: number): Buffer {
  const out: number[] = [];
  let v = BigInt(Math.trunc(n));
  if (v < 0n) v += 1n << 64n; // int64 negatives take ten bytes, two's complement
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    out.push(b);
  } while (v > 0n);
  return Buffer.from(out);
}

const key = (field: number, wire: number) => varint((field << 3) | wire);

function bytesField(field: number, value: Buffer): Buffer {
  return Buffer.concat([key(field, 2), varint(value.length), value]);
}

/** Writes one message's fields in order; proto3 leaves zero values out. */
class MessageWriter {
  private readonly parts: Bytes = [];
  string(field: number, value: unknown): this {
    if (typeof value === 'string' && value !== '') this.parts.push(bytesField(field, Buffer.from(value, 'utf8')));
    return this;
  }
  strings(field: number, values: unknown): this {
    if (Array.isArray(values)) for (const v of values) this.parts.push(bytesField(field, Buffer.from(String(v), 'utf8')));
    return this;
  }
  bool(field: number, value: unknown): this {
    if (value === true) this.parts.push(key(field, 0), varint(1));
    return this;
  }
  int(field: number, value: unknown): this {
    if (typeof value === 'number' && value !== 0) this.parts.push(key(field, 0), varint(value));
    return this;
  }
  double(field: number, value: unknown): this {
    if (typeof value === 'number' && value !== 0) {
      const b = Buffer.alloc(8);
      b.writeDoubleLE(value);
      this.parts.push(key(field, 1), b);
    }
    return this;
  }
  message(field: number, value: Buffer | undefined): this {
    if (value !== undefined) this.parts.push(bytesField(field, value));
    return this;
  }
  messages(field: number, values: Buffer[]): this {
    for (const v of values) this.parts.push(bytesField(field, v));
    return this;
  }
  done(): Buffer {
    return Buffer.concat(this.parts);
  }
}

/** `Any { string yaml = 2; }`: JSON is YAML, and gnostic's readers parse it as such. */
function anyValue(value: unknown): Buffer {
  return new MessageWriter().string(2, JSON.stringify(value)).done();
}

/** `NamedAny { name = 1; Any value = 2; }` for every `x-` key. */
function vendorExtensions(obj: OpenApiObject): Buffer[] {
  return Object.entries(obj)
    .filter(([k]) => k.startsWith('x-'))
    .map(([k, v]) => new MessageWriter().string(1, k).message(2, anyValue(v)).done());
}

function named(name: string, value: Buffer): Buffer {
  return new MessageWriter().string(1, name).message(2, value).done();
}

export function encodeSchema(s: OpenApiObject): Buffer {
  const w = new MessageWriter()
    .string(1, s.$ref)
    .string(2, s.format)
    .string(3, s.title)
    .string(4, s.description)
    .message(5, s.default === undefined ? undefined : anyValue(s.default))
    .double(6, s.multipleOf)
    .double(7, s.maximum)
    .bool(8, s.exclusiveMaximum)
    .double(9, s.minimum)
    .bool(10, s.exclusiveMinimum)
    .int(11, s.maxLength)
    .int(12, s.minLength)
    .string(13, s.pattern)
    .int(14, s.maxItems)
    .int(15, s.minItems)
    .bool(16, s.uniqueItems)
    .int(17, s.maxProperties)
    .int(18, s.minProperties)
    .strings(19, s.required)
    .messages(20, Array.isArray(s.enum) ? s.enum.map(anyValue) : []);
  if (typeof s.additionalProperties === 'boolean') w.message(21, new MessageWriter().bool(2, s.additionalProperties).done());
  else if (s.additionalProperties) w.message(21, new MessageWriter().message(1, encodeSchema(s.additionalProperties as OpenApiObject)).done());
  if (s.type !== undefined) w.message(22, new MessageWriter().strings(1, Array.isArray(s.type) ? s.type : [s.type]).done());
  if (s.items !== undefined) {
    const items = (Array.isArray(s.items) ? s.items : [s.items]) as OpenApiObject[];
    w.message(23, new MessageWriter().messages(1, items.map(encodeSchema)).done());
  }
  w.messages(24, Array.isArray(s.allOf) ? (s.allOf as OpenApiObject[]).map(encodeSchema) : []);
  if (s.properties !== undefined) {
    const props = Object.entries(s.properties as Record<string, OpenApiObject>).map(([k, v]) => named(k, encodeSchema(v)));
    w.message(25, new MessageWriter().messages(1, props).done());
  }
  return w.string(26, s.discriminator).bool(27, s.readOnly).messages(31, vendorExtensions(s)).done();
}

/** `ParametersItem { Parameter parameter = 1; }` for a body, query or path parameter. */
function encodeParameter(p: OpenApiObject): Buffer {
  let parameter: Buffer;
  if (p.in === 'body') {
    const body = new MessageWriter()
      .string(1, p.description)
      .string(2, p.name)
      .string(3, p.in)
      .bool(4, p.required)
      .message(5, p.schema ? encodeSchema(p.schema as OpenApiObject) : undefined)
      .messages(6, vendorExtensions(p))
      .done();
    parameter = new MessageWriter().message(1, body).done();
  } else {
    // Query and form sub-schemas have allow_empty_value at 5, which shifts the rest by one.
    const shifted = p.in === 'query' || p.in === 'formData';
    const sub = new MessageWriter()
      .bool(1, p.required)
      .string(2, p.in)
      .string(3, p.description)
      .string(4, p.name)
      .string(shifted ? 6 : 5, p.type)
      .string(shifted ? 7 : 6, p.format)
      .bool(shifted ? 20 : 19, p.uniqueItems)
      .messages(shifted ? 23 : 22, vendorExtensions(p))
      .done();
    const oneof = { header: 1, formData: 2, query: 3, path: 4 }[String(p.in)];
    if (oneof === undefined) throw new Error(`cannot encode an OpenAPI parameter in ${String(p.in)}`);
    parameter = new MessageWriter().message(2, new MessageWriter().message(oneof, sub).done()).done();
  }
  return new MessageWriter().message(1, parameter).done();
}

function encodeOperation(op: OpenApiObject): Buffer {
  const responses = Object.entries((op.responses ?? {}) as Record<string, OpenApiObject>).map(([code, r]) => {
    const response = new MessageWriter()
      .string(1, r.description)
      .message(2, r.schema ? new MessageWriter().message(1, encodeSchema(r.schema as OpenApiObject)).done() : undefined)
      .done();
    return named(code, new MessageWriter().message(1, response).done());
  });
  return new MessageWriter()
    .strings(1, op.tags)
    .string(3, op.description)
    .string(5, op.operationId)
    .strings(6, op.produces)
    .strings(7, op.consumes)
    .messages(8, ((op.parameters ?? []) as OpenApiObject[]).map(encodeParameter))
    .message(9, new MessageWriter().messages(1, responses).done())
    .strings(10, op.schemes)
    .messages(13, vendorExtensions(op))
    .done();
}

const PATH_ITEM_FIELDS: Record<string, number> = { get: 2, put: 3, post: 4, delete: 5, options: 6, head: 7, patch: 8 };

function encodePathItem(item: OpenApiObject): Buffer {
  const w = new MessageWriter();
  for (const [method, field] of Object.entries(PATH_ITEM_FIELDS)) {
    if (item[method]) w.message(field, encodeOperation(item[method] as OpenApiObject));
  }
  return w.messages(9, ((item.parameters ?? []) as OpenApiObject[]).map(encodeParameter)).done();
}

/** The protobuf form of a Swagger 2.0 document built by documents.ts. */
export function encodeOpenApiV2(doc: OpenApiObject): Buffer {
  const info = doc.info as OpenApiObject;
  const paths = Object.entries(doc.paths as Record<string, OpenApiObject>).map(([p, item]) => named(p, encodePathItem(item)));
  const definitions = Object.entries(doc.definitions as Record<string, OpenApiObject>).map(([n, s]) => named(n, encodeSchema(s)));
  const security = ((doc.security ?? []) as Record<string, string[]>[]).map((req) =>
    new MessageWriter()
      .messages(1, Object.entries(req).map(([n, scopes]) => named(n, new MessageWriter().strings(1, scopes).done())))
      .done(),
  );
  const securityDefinitions = Object.entries((doc.securityDefinitions ?? {}) as Record<string, OpenApiObject>).map(([n, d]) => {
    if (d.type !== 'apiKey') throw new Error(`cannot encode a ${String(d.type)} security definition`);
    const apiKey = new MessageWriter().string(1, d.type).string(2, d.name).string(3, d.in).string(4, d.description).done();
    return named(n, new MessageWriter().message(2, apiKey).done());
  });
  return new MessageWriter()
    .string(1, doc.swagger)
    .message(2, new MessageWriter().string(1, info.title).string(2, info.version).done())
    .message(8, new MessageWriter().messages(2, paths).done())
    .message(9, new MessageWriter().messages(1, definitions).done())
    .messages(12, security)
    .message(13, new MessageWriter().messages(1, securityDefinitions).done())
    .done();
}
