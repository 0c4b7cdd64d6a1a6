import { describe, expect, it } from 'vitest';
import { encodeOpenApiV2, encodeSchema } from './openapi-v2-protobuf.ts';

/** Fields of one protobuf message: number → raw values (Buffers for length-delimited, numbers for varints). */
function decode(buf: Buffer): Map<number, (Buffer | number)[]> {
  const fields = new Map<number, (Buffer | number)[]>();
  let i = 0;
  const varint = () => {
    let n = 0;
    let shift = 0;
    for (;;) {
      const b = buf[i++]!;
      n += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) return n;
    }
  };
  while (i < buf.length) {
    const key = varint();
    const field = Math.floor(key / 8);
    let value: Buffer | number;
    if (key % 8 === 0) value = varint();
    else if (key % 8 === 2) {
      const len = varint();
      value = buf.subarray(i, i + len);
      i += len;
    } else if (key % 8 === 1) {
      value = buf.readDoubleLE(i);
      i += 8;
    } else throw new Error(`wire type ${key % 8}`);
    fields.set(field, [...(fields.get(field) ?? []), value]);
  }
  return fields;
}
const text = (v: Buffer | number | undefined) => (v as Buffer).toString('utf8');

describe('encodeSchema', () => {
  it('writes gnostic Schema fields, with extensions as YAML-readable JSON', () => {
    const schema = decode(
      encodeSchema({
        description: 'List of containers.',
        type: 'array',
        items: { $ref: '#/definitions/io.k8s.api.core.v1.Container' },
        'x-kubernetes-patch-merge-key': 'name',
        'x-kubernetes-list-map-keys': ['containerPort', 'protocol'],
        maxLength: 300,
      }),
    );
    expect(text(schema.get(4)![0])).toBe('List of containers.');
    expect(decode(schema.get(22)![0] as Buffer).get(1)!.map(text)).toEqual(['array']);
    const items = decode(schema.get(23)![0] as Buffer).get(1)!.map((s) => decode(s as Buffer));
    expect(text(items[0]!.get(1)![0])).toBe('#/definitions/io.k8s.api.core.v1.Container');
    expect(schema.get(11)).toEqual([300]);
    const extensions = schema.get(31)!.map((e) => decode(e as Buffer));
    expect(extensions.map((e) => [text(e.get(1)![0]), text(decode(e.get(2)![0] as Buffer).get(2)![0])])).toEqual([
      ['x-kubernetes-patch-merge-key', '"name"'],
      ['x-kubernetes-list-map-keys', '["containerPort","protocol"]'],
    ]);
  });

  it('writes properties as named schemas and required names in order', () => {
    const schema = decode(encodeSchema({ type: 'object', required: ['name'], properties: { name: { type: 'string' }, port: { type: 'integer', format: 'int32' } } }));
    expect(schema.get(19)!.map(text)).toEqual(['name']);
    const props = decode(schema.get(25)![0] as Buffer).get(1)!.map((p) => decode(p as Buffer));
    expect(props.map((p) => text(p.get(1)![0]))).toEqual(['name', 'port']);
    expect(text(decode(props[1]!.get(2)![0] as Buffer).get(2)![0])).toBe('int32');
  });
});

describe('encodeOpenApiV2', () => {
  it('writes the document, a path with query parameters and the definitions', () => {
    const doc = decode(
      encodeOpenApiV2({
        swagger: '2.0',
        info: { title: 'Kubernetes', version: 'capstan' },
        paths: {
          '/api/v1/pods': {
            get: { operationId: 'listCoreV1PodForAllNamespaces', parameters: [{ in: 'query', name: 'watch', type: 'boolean', uniqueItems: true }], responses: { 200: { description: 'OK' } } },
          },
        },
        definitions: { 'io.k8s.api.core.v1.Pod': { type: 'object' } },
        securityDefinitions: { BearerToken: { type: 'apiKey', in: 'header', name: 'authorization' } },
        security: [{ BearerToken: [] }],
      }),
    );
    expect(text(doc.get(1)![0])).toBe('2.0');
    const path = decode(decode(doc.get(8)![0] as Buffer).get(2)![0] as Buffer);
    expect(text(path.get(1)![0])).toBe('/api/v1/pods');
    const get = decode(decode(path.get(2)![0] as Buffer).get(2)![0] as Buffer);
    expect(text(get.get(5)![0])).toBe('listCoreV1PodForAllNamespaces');
    // ParametersItem.parameter → Parameter.non_body_parameter → NonBodyParameter.query_parameter_sub_schema
    const query = decode(decode(decode(decode(get.get(8)![0] as Buffer).get(1)![0] as Buffer).get(2)![0] as Buffer).get(3)![0] as Buffer);
    expect([text(query.get(2)![0]), text(query.get(4)![0]), text(query.get(6)![0]), query.get(20)]).toEqual(['query', 'watch', 'boolean', [1]]);
    const definition = decode(decode(doc.get(9)![0] as Buffer).get(1)![0] as Buffer);
    expect(text(definition.get(1)![0])).toBe('io.k8s.api.core.v1.Pod');
  });
});
