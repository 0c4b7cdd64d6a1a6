/**
 * StorageClass (storage.k8s.io/v1, cluster-scoped): how claims of a class get their volumes
 * (`provisioner`, `parameters`), what happens to a volume its claim let go (`reclaimPolicy`,
 * default Delete) and when it is bound (`volumeBindingMode`: Immediate, or WaitForFirstConsumer,
 * which waits until a pod using the claim is scheduled so the volume is made on its node).
 */
import { KIND_TABLE } from '../../api/kinds.ts';
import { deepEqual } from './deep-equal.ts';
import { defaultString } from './defaults.ts';
import { FieldErrors, forbidden } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { validateQualifiedName } from './names.ts';

export const VOLUME_BINDING_MODES = ['Immediate', 'WaitForFirstConsumer'] as const;
/** StorageClasses may only Delete or Retain (Recycle is for PersistentVolumes only). */
const CLASS_RECLAIM_POLICIES = ['Delete', 'Retain'] as const;
/** The annotation that makes a class the one claims without storageClassName get. */
export const DEFAULT_CLASS_ANNOTATION = 'storageclass.kubernetes.io/is-default-class';
/** Fields Kubernetes keeps immutable after creation. */
const IMMUTABLE_FIELDS = ['provisioner', 'parameters', 'reclaimPolicy', 'volumeBindingMode'] as const;

export const storageClass: KindDefinition = {
  ...KIND_TABLE.StorageClass,
  hasSpec: false,
  hasStatusSubresource: false,
  statusResetOnCreate: false,
  applyDefaults(obj) {
    defaultString(obj, 'reclaimPolicy', 'Delete');
    defaultString(obj, 'volumeBindingMode', 'Immediate');
  },
  validate(obj, old) {
    const errs = new FieldErrors();
    if (errs.string('provisioner', obj.provisioner, { required: true })) {
      // A provisioner is a qualified name (`capstan.io/local-path`, `kubernetes.io/no-provisioner`).
      errs.name('provisioner', obj.provisioner, validateQualifiedName);
    }
    errs.stringMap('parameters', obj.parameters);
    errs.oneOf('reclaimPolicy', obj.reclaimPolicy, CLASS_RECLAIM_POLICIES, { required: true });
    errs.oneOf('volumeBindingMode', obj.volumeBindingMode, VOLUME_BINDING_MODES, { required: true });
    errs.boolean('allowVolumeExpansion', obj.allowVolumeExpansion);
    errs.stringArray('mountOptions', obj.mountOptions);
    if (errs.array('allowedTopologies', obj.allowedTopologies)) {
      obj.allowedTopologies.forEach((t: unknown, i: number) => {
        if (errs.object(`allowedTopologies[${i}]`, t, { required: true })) validateTopologyTerm(t, `allowedTopologies[${i}]`, errs);
      });
    }
    if (old) {
      for (const f of IMMUTABLE_FIELDS) if (!deepEqual(obj[f], old[f])) errs.add(forbidden(f, `updates to ${f} are forbidden.`));
    }
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};

/** A topology term: `matchLabelExpressions`, each a label key and the values it may take. */
function validateTopologyTerm(term: Record<string, any>, path: string, errs: FieldErrors): void {
  if (!errs.array(`${path}.matchLabelExpressions`, term.matchLabelExpressions, { required: true })) return;
  term.matchLabelExpressions.forEach((e: unknown, i: number) => {
    const p = `${path}.matchLabelExpressions[${i}]`;
    if (!errs.object(p, e, { required: true })) return;
    if (errs.string(`${p}.key`, e.key, { required: true })) errs.name(`${p}.key`, e.key, validateQualifiedName);
    if (errs.array(`${p}.values`, e.values, { required: true })) errs.stringArray(`${p}.values`, e.values);
  });
}

/** Whether `sc` is marked as the default class. */
export function isDefaultStorageClass(sc: { metadata?: { annotations?: Record<string, string> } }): boolean {
  return sc.metadata?.annotations?.[DEFAULT_CLASS_ANNOTATION] === 'true';
}
