/**
 * LimitRange (v1, namespaced): per-namespace bounds on what a Container, a Pod or a
 * PersistentVolumeClaim may ask for (`min`, `max`, `maxLimitRequestRatio`) and the requests and
 * limits containers get when they name none (`defaultRequest`, `default`). Kubernetes' defaulting
 * of the items themselves (default ← max, defaultRequest ← default ← min) is applied here; the
 * store applies the ranges to pods and claims as they are created (server/quota/limit-range.ts).
 */
import { KIND_TABLE } from '../../api/kinds.ts';
import { FieldErrors, invalidValue, isObject } from './field-errors.ts';
import { METADATA_FIELD_SELECTORS, type KindDefinition } from './kind-definition.ts';
import { canonicalizeQuantities } from './pod-spec-defaults.ts';
import { isValidQuantity, parseQuantity } from './quantity.ts';

export const LIMIT_RANGE_TYPES = ['Container', 'Pod', 'PersistentVolumeClaim'] as const;
const MAPS = ['max', 'min', 'default', 'defaultRequest', 'maxLimitRequestRatio'] as const;

function cmp(a: unknown, b: unknown): number | undefined {
  const ok = (v: unknown): v is string | number => (typeof v === 'string' || typeof v === 'number') && isValidQuantity(v);
  return ok(a) && ok(b) ? parseQuantity(a).cmp(parseQuantity(b)) : undefined;
}

export const limitRange: KindDefinition = {
  ...KIND_TABLE.LimitRange,
  hasSpec: true,
  hasStatusSubresource: false,
  statusResetOnCreate: false,
  applyDefaults(obj) {
    const limits = obj.spec?.limits;
    if (!Array.isArray(limits)) return;
    for (const item of limits) {
      if (!isObject(item)) continue;
      for (const m of MAPS) canonicalizeQuantities(item[m]);
      // Kubernetes' SetDefaults_LimitRangeItem: Containers only.
      if (item.type !== 'Container') continue;
      for (const [r, v] of Object.entries(isObject(item.max) ? item.max : {})) {
        item.default ??= {};
        if (isObject(item.default) && item.default[r] === undefined) item.default[r] = v;
      }
      for (const [r, v] of Object.entries(isObject(item.default) ? item.default : {})) {
        item.defaultRequest ??= {};
        if (isObject(item.defaultRequest) && item.defaultRequest[r] === undefined) item.defaultRequest[r] = v;
      }
      for (const [r, v] of Object.entries(isObject(item.min) ? item.min : {})) {
        item.defaultRequest ??= {};
        if (isObject(item.defaultRequest) && item.defaultRequest[r] === undefined) item.defaultRequest[r] = v;
      }
    }
  },
  validate(obj) {
    const errs = new FieldErrors();
    if (!errs.object('spec', obj.spec, { required: true })) return errs.list;
    if (!errs.array('spec.limits', obj.spec.limits, { required: true })) return errs.list;
    obj.spec.limits.forEach((item: any, i: number) => {
      const p = `spec.limits[${i}]`;
      if (!errs.object(p, item, { required: true })) return;
      errs.oneOf(`${p}.type`, item.type, LIMIT_RANGE_TYPES, { required: true });
      for (const m of MAPS) {
        if (item[m] === undefined || item[m] === null || !errs.object(`${p}.${m}`, item[m])) continue;
        for (const [r, v] of Object.entries(item[m])) errs.quantity(`${p}.${m}[${r}]`, v, { nonNegative: true });
      }
      if (item.type === 'Pod' && item.default !== undefined) errs.add(invalidValue(`${p}.default`, item.default, 'may not be specified when `type` is \'Pod\''));
      if (item.type === 'Pod' && item.defaultRequest !== undefined) errs.add(invalidValue(`${p}.defaultRequest`, item.defaultRequest, 'may not be specified when `type` is \'Pod\''));
      if (item.type === 'PersistentVolumeClaim') {
        const min = item.min?.storage;
        const max = item.max?.storage;
        if (min === undefined && max === undefined) errs.add({ field: `${p}.limits`, message: 'Required value: either minimum or maximum storage value is required, but neither was provided' });
      }
      const resources = new Set(MAPS.flatMap((m) => (isObject(item[m]) ? Object.keys(item[m]) : [])));
      for (const r of resources) {
        const min = item.min?.[r];
        const max = item.max?.[r];
        const def = item.default?.[r];
        const defReq = item.defaultRequest?.[r];
        const ratio = item.maxLimitRequestRatio?.[r];
        if (cmp(min, max)! > 0) errs.add(invalidValue(`${p}.min[${r}]`, min, `min value ${min} is greater than max value ${max}`));
        if (cmp(defReq, min)! < 0) errs.add(invalidValue(`${p}.defaultRequest[${r}]`, defReq, `min value ${min} is greater than default request value ${defReq}`));
        if (cmp(defReq, max)! > 0) errs.add(invalidValue(`${p}.defaultRequest[${r}]`, defReq, `default request value ${defReq} is greater than max value ${max}`));
        if (cmp(defReq, def)! > 0) errs.add(invalidValue(`${p}.defaultRequest[${r}]`, defReq, `default request value ${defReq} is greater than default limit value ${def}`));
        if (cmp(def, min)! < 0) errs.add(invalidValue(`${p}.default[${r}]`, def, `min value ${min} is greater than default value ${def}`));
        if (cmp(def, max)! > 0) errs.add(invalidValue(`${p}.default[${r}]`, def, `default value ${def} is greater than max value ${max}`));
        if (cmp(ratio, '1')! < 0) errs.add(invalidValue(`${p}.maxLimitRequestRatio[${r}]`, ratio, `ratio ${ratio} is less than 1`));
      }
    });
    return errs.list;
  },
  fieldSelectors: { ...METADATA_FIELD_SELECTORS },
};
