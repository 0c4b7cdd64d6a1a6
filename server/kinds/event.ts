/** Event (v1): a record of something that happened to an object, for people to read. */
import { KIND_TABLE } from '../../api/kinds.ts';
import { defaultString } from './defaults.ts';
import { FieldErrors, invalidValue } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';

export const EVENT_TYPES = ['Normal', 'Warning'] as const;

export const event: KindDefinition = {
  ...KIND_TABLE.Event,
  hasSpec: false,
  hasStatusSubresource: false,
  statusResetOnCreate: false,
  applyDefaults(obj) {
    defaultString(obj, 'type', 'Normal');
    obj.count ??= 1;
  },
  validate(obj) {
    const errs = new FieldErrors();
    const involved = obj.involvedObject;
    if (errs.object('involvedObject', involved, { required: true })) {
      errs.string('involvedObject.kind', involved.kind, { required: true });
      errs.string('involvedObject.name', involved.name, { required: true });
      for (const field of ['namespace', 'uid', 'apiVersion', 'resourceVersion', 'fieldPath'] as const) {
        errs.string(`involvedObject.${field}`, involved[field]);
      }
      // Events live beside what they describe; those about cluster-scoped objects go in "default".
      const eventNamespace = obj.metadata?.namespace ?? '';
      const ns = involved.namespace ?? '';
      if (typeof ns === 'string') {
        const mismatch = ns === '' ? eventNamespace !== '' && eventNamespace !== 'default' : ns !== eventNamespace;
        if (mismatch) errs.add(invalidValue('involvedObject.namespace', ns, 'does not match event.namespace'));
      }
    }
    errs.string('reason', obj.reason);
    errs.string('message', obj.message);
    errs.oneOf('type', obj.type, EVENT_TYPES, { required: true });
    errs.integer('count', obj.count, { min: 0 });
    for (const field of ['firstTimestamp', 'lastTimestamp', 'eventTime'] as const) {
      if (obj[field] !== undefined && obj[field] !== null) errs.timestamp(field, obj[field]);
    }
    if (errs.object('source', obj.source)) {
      errs.string('source.component', obj.source.component);
      errs.string('source.host', obj.source.host);
    }
    errs.string('reportingComponent', obj.reportingComponent);
    errs.string('reportingInstance', obj.reportingInstance);
    return errs.list;
  },
  fieldSelectors: {
    ...METADATA_FIELD_SELECTORS,
    'involvedObject.kind': (e) => e.involvedObject?.kind,
    'involvedObject.namespace': (e) => e.involvedObject?.namespace,
    'involvedObject.name': (e) => e.involvedObject?.name,
    'involvedObject.uid': (e) => e.involvedObject?.uid,
    'involvedObject.apiVersion': (e) => e.involvedObject?.apiVersion,
    'involvedObject.resourceVersion': (e) => e.involvedObject?.resourceVersion,
    'involvedObject.fieldPath': (e) => e.involvedObject?.fieldPath,
    reason: (e) => e.reason,
    reportingComponent: (e) => e.reportingComponent,
    source: (e) => e.source?.component,
    type: (e) => e.type,
  },
};
