/**
 * PersistentVolume (v1, cluster-scoped): a piece of storage, bound to at most one claim
 * (`spec.claimRef`). Capstan's node agent provides directories on its own machine, so the
 * volume sources are `hostPath` and `local`; a `local` volume must say which node holds it
 * (`nodeAffinity`), as Kubernetes requires. Phases: Pending, Available, Bound, Released, Failed,
 * kept by the persistent-volume controller through the status sub-resource.
 */
import { KIND_TABLE } from '../../api/kinds.ts';
import { validateNodeSelector } from './affinity-validation.ts';
import { deepEqual } from './deep-equal.ts';
import { defaultString } from './defaults.ts';
import { FieldErrors, forbidden, IMMUTABLE, invalidValue, isObject, required } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { canonicalizeQuantities } from './pod-spec-defaults.ts';
import { RECLAIM_POLICIES, VOLUME_MODES, validateAccessModes, validateStorageClassName, validateStorageQuantity } from './storage-validation.ts';

export const PV_PHASES = ['Pending', 'Available', 'Bound', 'Released', 'Failed'] as const;
/** The volume sources Capstan's node agent can mount. */
export const PV_SOURCES = ['hostPath', 'local'] as const;
const HOST_PATH_TYPES = ['', 'DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice'] as const;
/** Spec fields that are not volume sources. */
const NON_SOURCE_FIELDS = new Set(['capacity', 'accessModes', 'claimRef', 'persistentVolumeReclaimPolicy', 'storageClassName', 'mountOptions', 'volumeMode', 'nodeAffinity', 'volumeAttributesClassName']);

export const persistentVolume: KindDefinition = {
  ...KIND_TABLE.PersistentVolume,
  hasSpec: true,
  hasStatusSubresource: true,
  statusResetOnCreate: true,
  applyDefaults(obj) {
    const spec = obj.spec;
    if (isObject(spec)) {
      defaultString(spec, 'persistentVolumeReclaimPolicy', 'Retain');
      defaultString(spec, 'volumeMode', 'Filesystem');
      if (isObject(spec.hostPath)) defaultString(spec.hostPath, 'type', '');
      canonicalizeQuantities(spec.capacity);
    }
    obj.status ??= {};
    if (isObject(obj.status)) defaultString(obj.status, 'phase', 'Pending');
  },
  validate(obj, old) {
    const errs = new FieldErrors();
    const spec = obj.spec;
    if (errs.object('spec', spec, { required: true })) {
      validateStorageQuantity(spec.capacity, 'spec.capacity', errs);
      validateAccessModes(spec.accessModes, 'spec.accessModes', errs);
      errs.oneOf('spec.persistentVolumeReclaimPolicy', spec.persistentVolumeReclaimPolicy, RECLAIM_POLICIES, { required: true });
      errs.oneOf('spec.volumeMode', spec.volumeMode, VOLUME_MODES);
      validateStorageClassName(spec.storageClassName, 'spec.storageClassName', errs);
      errs.stringArray('spec.mountOptions', spec.mountOptions);
      if (errs.object('spec.claimRef', spec.claimRef)) {
        if (!spec.claimRef.name) errs.add(required('spec.claimRef.name'));
        if (!spec.claimRef.namespace) errs.add(required('spec.claimRef.namespace'));
      }
      if (errs.object('spec.nodeAffinity', spec.nodeAffinity) && errs.object('spec.nodeAffinity.required', spec.nodeAffinity.required, { required: true })) {
        validateNodeSelector(spec.nodeAffinity.required, 'spec.nodeAffinity.required', errs);
      }
      validateSource(spec, errs);
      if (isObject(old?.spec)) {
        for (const source of Object.keys(spec).filter((k) => !NON_SOURCE_FIELDS.has(k))) {
          if (!deepEqual(spec[source], old.spec[source])) errs.add(forbidden(`spec.${source}`, IMMUTABLE));
        }
      }
    }
    if (isObject(obj.status)) errs.oneOf('status.phase', obj.status.phase, PV_PHASES);
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};

function validateSource(spec: Record<string, any>, errs: FieldErrors): void {
  const sources = Object.keys(spec).filter((k) => !NON_SOURCE_FIELDS.has(k) && spec[k] !== undefined && spec[k] !== null);
  for (const s of sources) {
    if (!(PV_SOURCES as readonly string[]).includes(s)) errs.add(forbidden(`spec.${s}`, `volume type "${s}" is not supported (supported: ${PV_SOURCES.join(', ')})`));
  }
  if (sources.length === 0) errs.add(required('spec', 'must specify a volume type'));
  else if (sources.length > 1) errs.add(forbidden(`spec.${sources[1]}`, 'may not specify more than 1 volume type'));
  if (errs.object('spec.hostPath', spec.hostPath)) {
    validateAbsolutePath(spec.hostPath.path, 'spec.hostPath.path', errs);
    errs.oneOf('spec.hostPath.type', spec.hostPath.type, HOST_PATH_TYPES);
  }
  if (errs.object('spec.local', spec.local)) {
    validateAbsolutePath(spec.local.path, 'spec.local.path', errs);
    if (!isObject(spec.nodeAffinity)) errs.add(required('spec.nodeAffinity', 'Local volume requires node affinity'));
  }
}

function validateAbsolutePath(path: unknown, field: string, errs: FieldErrors): void {
  if (!errs.string(field, path, { required: true })) return;
  if (!path.startsWith('/')) errs.add(invalidValue(field, path, 'must be an absolute path'));
  if (path.split('/').includes('..')) errs.add(invalidValue(field, path, "must not contain '..'"));
}
