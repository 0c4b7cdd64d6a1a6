/** ConfigMap (v1): configuration as key/value pairs, text in `data`, bytes in `binaryData`. */
import { KIND_TABLE } from '../../api/kinds.ts';
import { base64Error, decodedLength } from './base64.ts';
import { FieldErrors, forbidden, invalidValue, isObject, tooLong } from './field-errors.ts';
import { deepEqual } from './deep-equal.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { byteLength, validateConfigMapKey } from './names.ts';
import type { KObject } from './types.ts';

/** Kubernetes' limit on the data of one ConfigMap or Secret (what etcd could store). */
export const MAX_DATA_SIZE = 1024 * 1024;

export const configMap: KindDefinition = {
  ...KIND_TABLE.ConfigMap,
  hasSpec: false,
  hasStatusSubresource: false,
  statusResetOnCreate: false,
  applyDefaults() {
    // Kubernetes has no defaults for ConfigMaps.
  },
  validate(obj, old) {
    const errs = new FieldErrors();
    let size = 0;
    if (errs.stringMap('data', obj.data)) {
      for (const [key, value] of Object.entries(obj.data)) {
        errs.name(`data[${key}]`, key, validateConfigMapKey);
        size += byteLength(value);
      }
    }
    if (errs.stringMap('binaryData', obj.binaryData)) {
      for (const [key, value] of Object.entries(obj.binaryData)) {
        errs.name(`binaryData[${key}]`, key, validateConfigMapKey);
        if (isObject(obj.data) && Object.hasOwn(obj.data, key)) errs.add(invalidValue(`binaryData[${key}]`, key, 'duplicate of key present in data'));
        const problem = base64Error(value);
        if (problem) errs.add(invalidValue(`binaryData[${key}]`, '<binary>', `must be base64-encoded (${problem})`));
        else size += decodedLength(value);
      }
    }
    if (size > MAX_DATA_SIZE) errs.add(tooLong('data', MAX_DATA_SIZE));
    errs.boolean('immutable', obj.immutable);
    if (old) errs.add(...immutableDataErrors(obj, old, ['data', 'binaryData']));
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};

/** With `immutable: true`, the data fields may not change and `immutable` may not be unset. */
export function immutableDataErrors(obj: KObject, old: KObject, fields: string[]) {
  if (old.immutable !== true) return [];
  const errors = [];
  if (obj.immutable !== true) errors.push(forbidden('immutable', 'field is immutable when `immutable` is set'));
  for (const field of fields) {
    if (!deepEqual(obj[field] ?? {}, old[field] ?? {})) errors.push(forbidden(field, 'field is immutable when `immutable` is set'));
  }
  return errors;
}
