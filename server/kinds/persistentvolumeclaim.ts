/**
 * PersistentVolumeClaim (v1): a pod's request for storage of a class, bound by the
 * persistent-volume controller to one PersistentVolume (`spec.volumeName`). The spec is
 * immutable once made, except what Kubernetes lets change: the storage request, the
 * `volumeName` the binder fills in once, and a class given to a claim that had none. A claim
 * without `storageClassName` gets the default class when it is created (the store's
 * DefaultStorageClass admission, server/storage/default-storage-class.ts).
 */
import { KIND_TABLE } from '../../api/kinds.ts';
import { deepEqual } from './deep-equal.ts';
import { defaultString } from './defaults.ts';
import { FieldErrors, forbidden, isObject } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { validateDNS1123Subdomain } from './names.ts';
import { canonicalizeQuantities } from './pod-spec-defaults.ts';
import { parseQuantity, quantityError } from './quantity.ts';
import { validateLabelSelectorObject } from '../selectors/label-selector-object.ts';
import { VOLUME_MODES, validateAccessModes, validateStorageClassName, validateStorageQuantity } from './storage-validation.ts';

export const PVC_PHASES = ['Pending', 'Bound', 'Lost'] as const;

export const persistentVolumeClaim: KindDefinition = {
  ...KIND_TABLE.PersistentVolumeClaim,
  hasSpec: true,
  hasStatusSubresource: true,
  statusResetOnCreate: true,
  applyDefaults(obj) {
    const spec = obj.spec;
    if (isObject(spec)) {
      defaultString(spec, 'volumeMode', 'Filesystem');
      if (isObject(spec.resources)) {
        canonicalizeQuantities(spec.resources.requests);
        canonicalizeQuantities(spec.resources.limits);
      }
    }
    obj.status ??= {};
    if (isObject(obj.status)) defaultString(obj.status, 'phase', 'Pending');
  },
  validate(obj, old) {
    const errs = new FieldErrors();
    const spec = obj.spec;
    if (errs.object('spec', spec, { required: true })) {
      validateClaimSpec(spec, 'spec', errs);
      if (isObject(old?.spec)) validateClaimSpecUpdate(spec, old.spec, errs);
    }
    if (isObject(obj.status)) errs.oneOf('status.phase', obj.status.phase, PVC_PHASES);
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};

/** A claim's spec (also a StatefulSet claim template's): access modes, a storage request, class, selector. */
export function validateClaimSpec(spec: Record<string, any>, path: string, errs: FieldErrors): void {
  validateAccessModes(spec.accessModes, `${path}.accessModes`, errs);
  errs.oneOf(`${path}.volumeMode`, spec.volumeMode, VOLUME_MODES);
  validateStorageClassName(spec.storageClassName, `${path}.storageClassName`, errs);
  if (errs.string(`${path}.volumeName`, spec.volumeName) && spec.volumeName !== '') errs.name(`${path}.volumeName`, spec.volumeName, validateDNS1123Subdomain);
  if (spec.selector !== undefined && spec.selector !== null) validateLabelSelectorObject(spec.selector, `${path}.selector`, errs);
  if (errs.object(`${path}.resources`, spec.resources, { required: true })) {
    validateStorageQuantity(spec.resources.requests, `${path}.resources.requests`, errs);
  }
}

/** Kubernetes' ValidatePersistentVolumeClaimUpdate, for the fields Capstan serves. */
function validateClaimSpecUpdate(spec: Record<string, any>, old: Record<string, any>, errs: FieldErrors): void {
  const comparable = (s: Record<string, any>, from: Record<string, any>) => {
    const c = structuredClone(s);
    delete c.resources;
    // The binder fills volumeName in once; a class may be given to a claim that had none.
    if (!from.volumeName) delete c.volumeName;
    if (from.storageClassName === undefined || from.storageClassName === null) delete c.storageClassName;
    return c;
  };
  if (!deepEqual(comparable(spec, old), comparable(old, old))) {
    errs.add(forbidden('spec', 'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims'));
  }
  const was = old.resources?.requests?.storage;
  const now = spec.resources?.requests?.storage;
  if (was !== undefined && now !== undefined && !quantityError(was) && !quantityError(now) && parseQuantity(now).cmp(parseQuantity(was)) < 0) {
    errs.add(forbidden('spec.resources.requests.storage', 'field can not be less than previous value'));
  }
}
