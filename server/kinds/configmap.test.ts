import { describe, expect, it } from 'vitest';
import { configMap } from './configmap.ts';
import type { KObject } from './types.ts';

function makeConfigMap(fields: Record<string, any> = {}): KObject {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app', namespace: 'default' }, ...fields };
}

function problems(obj: KObject, old?: KObject): string[] {
  configMap.applyDefaults(obj);
  return configMap.validate(obj, old).map((e) => `${e.field}: ${e.message}`);
}

describe('configMap', () => {
  it('accepts text and binary data', () => {
    expect(problems(makeConfigMap({ data: { 'app.yaml': 'port: 80\n', LOG_LEVEL: 'info' }, binaryData: { 'logo.png': 'iVBORw0KGgo=' } }))).toEqual([]);
  });

  it.each([
    ['a key with a slash', { data: { 'a/b': 'x' } }, 'data[a/b]: Invalid value: "a/b": a valid config key must consist of alphanumeric characters'],
    ['a number where a string belongs', { data: { port: 8080 } }, 'data[port]: Invalid value: 8080: must be a string (quote it in YAML)'],
    ['binary data that is not base64', { binaryData: { blob: '???' } }, 'binaryData[blob]: Invalid value: "<binary>": must be base64-encoded'],
    ['a key in both maps', { data: { a: 'x' }, binaryData: { a: 'YQ==' } }, 'binaryData[a]: Invalid value: "a": duplicate of key present in data'],
    ['more than 1 MiB', { data: { big: 'x'.repeat(1024 * 1024 + 1) } }, 'data: Too long: must have at most 1048576 bytes'],
    ['a non-boolean immutable', { immutable: 'yes' }, 'immutable: Invalid value: "yes": must be a boolean'],
  ])('rejects %s', (_name, fields, expected) => {
    const found = problems(makeConfigMap(fields));
    expect(found.some((p) => p.includes(expected)), `${expected}\nnot in\n${found.join('\n')}`).toBe(true);
  });

  it('keeps the data of an immutable config map', () => {
    const old = makeConfigMap({ immutable: true, data: { a: 'x' } });
    expect(problems(makeConfigMap({ immutable: true, data: { a: 'y' } }), old)).toEqual(['data: Forbidden: field is immutable when `immutable` is set']);
    expect(problems(makeConfigMap({ immutable: true, data: { a: 'x' } }), old)).toEqual([]);
  });
});
