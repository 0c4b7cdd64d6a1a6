/**
 * Secret (v1): like a ConfigMap, but base64 `data` is never echoed in errors. `stringData` is
 * merged into `data` on write and dropped, as the Kubernetes API server does.
 */
import { KIND_TABLE } from '../../api/kinds.ts';
import { base64Error, decodedLength, encodeBase64 } from './base64.ts';
import { immutableDataErrors, MAX_DATA_SIZE } from './configmap.ts';
import { defaultString } from './defaults.ts';
import { FieldErrors, IMMUTABLE, invalidRedacted, invalidValue, isObject, required, tooLong } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { validateConfigMapKey } from './names.ts';

export const SERVICE_ACCOUNT_NAME_ANNOTATION = 'kubernetes.io/service-account.name';

/** Keys that the built-in secret types must carry (Kubernetes' ValidateSecret). */
const REQUIRED_KEYS: Record<string, string[]> = {
  'kubernetes.io/dockercfg': ['.dockercfg'],
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/ssh-auth': ['ssh-privatekey'],
  'kubernetes.io/tls': ['tls.crt', 'tls.key'],
};

export const secret: KindDefinition = {
  ...KIND_TABLE.Secret,
  hasSpec: false,
  hasStatusSubresource: false,
  statusResetOnCreate: false,
  applyDefaults(obj) {
    defaultString(obj, 'type', 'Opaque');
    const stringData = obj.stringData;
    // Values of the wrong type stay for validation to report.
    if (!isObject(stringData) || !Object.values(stringData).every((v) => typeof v === 'string')) return;
    if (obj.data === undefined || obj.data === null) obj.data = {};
    if (!isObject(obj.data)) return;
    for (const [key, value] of Object.entries(stringData)) obj.data[key] = encodeBase64(value as string);
    delete obj.stringData;
  },
  validate(obj, old) {
    const errs = new FieldErrors();
    let size = 0;
    if (errs.object('data', obj.data)) {
      for (const [key, value] of Object.entries(obj.data)) {
        errs.name(`data[${key}]`, key, validateConfigMapKey);
        if (typeof value !== 'string') errs.add(invalidRedacted(`data[${key}]`, 'must be a base64-encoded string'));
        else {
          const problem = base64Error(value);
          if (problem) errs.add(invalidRedacted(`data[${key}]`, `must be base64-encoded (${problem}); use stringData for plain text`));
          else size += decodedLength(value);
        }
      }
    }
    if (errs.object('stringData', obj.stringData)) {
      for (const [key, value] of Object.entries(obj.stringData)) {
        errs.name(`stringData[${key}]`, key, validateConfigMapKey);
        if (typeof value !== 'string') errs.add(invalidRedacted(`stringData[${key}]`, 'must be a string (quote it in YAML)'));
      }
    }
    if (size > MAX_DATA_SIZE) errs.add(tooLong('data', MAX_DATA_SIZE));
    if (errs.string('type', obj.type, { required: true })) validateTypedSecret(obj.type, obj, errs);
    errs.boolean('immutable', obj.immutable);
    if (old) {
      if (typeof old.type === 'string' && obj.type !== old.type) errs.add(invalidValue('type', obj.type, IMMUTABLE));
      errs.add(...immutableDataErrors(obj, old, ['data']));
    }
    return errs.list;
  },
  fieldSelectors: {
    ...METADATA_FIELD_SELECTORS,
    type: (s) => s.type,
  },
};

function validateTypedSecret(type: string, obj: Record<string, any>, errs: FieldErrors): void {
  const data: Record<string, unknown> = isObject(obj.data) ? obj.data : {};
  if (type === 'kubernetes.io/service-account-token') {
    const name = obj.metadata?.annotations?.[SERVICE_ACCOUNT_NAME_ANNOTATION];
    if (typeof name !== 'string' || name === '') errs.add(required(`metadata.annotations[${SERVICE_ACCOUNT_NAME_ANNOTATION}]`));
  }
  if (type === 'kubernetes.io/basic-auth' && !('username' in data) && !('password' in data)) {
    errs.add(required('data[username]', 'a basic-auth secret needs `username` or `password`'));
  }
  for (const key of REQUIRED_KEYS[type] ?? []) {
    if (!(key in data)) errs.add(required(`data[${key}]`));
  }
}
