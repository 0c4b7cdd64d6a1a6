/**
 * The structured label selector of `spec.selector` and affinity terms
 * (`{matchLabels, matchExpressions: [{key, operator: In|NotIn|Exists|DoesNotExist, values}]}`):
 * validation as Kubernetes' ValidateLabelSelector, and conversion to a LabelSelector as
 * LabelSelectorAsSelector.
 */
import { invalid } from '../errors.ts';
import { FieldErrors, forbidden, invalidValue, required } from '../kinds/field-errors.ts';
import { validateLabels } from '../kinds/metadata.ts';
import { validateLabelKey, validateLabelValue } from '../kinds/names.ts';
import {
  nothingSelector,
  requirementError,
  selectorOf,
  sortedUnique,
  type LabelSelector,
  type Operator,
  type Requirement,
} from './label-selector.ts';

export interface LabelSelectorObject {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key: string; operator: string; values?: string[] }>;
}

const OPERATORS: Record<string, Operator> = { In: 'in', NotIn: 'notin', Exists: 'exists', DoesNotExist: '!' };

/** Adds every problem with a structured selector at `field` to `errs`. */
export function validateLabelSelectorObject(sel: unknown, field: string, errs: FieldErrors): void {
  if (!errs.object(field, sel)) return;
  if (sel.matchLabels !== undefined && sel.matchLabels !== null) validateLabels(sel.matchLabels, `${field}.matchLabels`, errs);
  if (!errs.array(`${field}.matchExpressions`, sel.matchExpressions)) return;
  sel.matchExpressions.forEach((expr: unknown, i: number) => {
    const path = `${field}.matchExpressions[${i}]`;
    if (!errs.object(path, expr, { required: true })) return;
    if (errs.string(`${path}.key`, expr.key, { required: true })) {
      const keyError = validateLabelKey(expr.key);
      if (keyError) errs.add(invalidValue(`${path}.key`, expr.key, keyError));
    }
    const values: unknown[] = Array.isArray(expr.values) ? expr.values : [];
    if (expr.values !== undefined && expr.values !== null) errs.stringArray(`${path}.values`, expr.values);
    switch (expr.operator) {
      case 'In':
      case 'NotIn':
        if (values.length === 0) errs.add(required(`${path}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0) errs.add(forbidden(`${path}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        break;
      case undefined:
      case null:
      case '':
        errs.add(required(`${path}.operator`));
        break;
      default:
        errs.add(invalidValue(`${path}.operator`, expr.operator, 'not a valid selector operator'));
    }
    values.forEach((v, j) => {
      if (typeof v !== 'string') return;
      const valueError = validateLabelValue(v);
      if (valueError) errs.add(invalidValue(`${path}.values[${j}]`, v, valueError));
    });
  });
}

/**
 * Converts a structured selector. As in Kubernetes, a missing selector (null/undefined) matches
 * nothing and an empty one (`{}`) matches everything. Throws INVALID (field `labelSelector`).
 */
export function selectorFromLabelSelectorObject(sel: LabelSelectorObject | null | undefined): LabelSelector {
  if (sel === null || sel === undefined) return nothingSelector();
  const errs = new FieldErrors();
  validateLabelSelectorObject(sel, 'labelSelector', errs);
  const first = errs.list[0];
  if (first) throw invalid(first.field, first.message);

  const requirements: Requirement[] = [];
  for (const [key, value] of Object.entries(sel.matchLabels ?? {})) {
    requirements.push({ key, operator: '=', values: [value] });
  }
  for (const expr of sel.matchExpressions ?? []) {
    const operator = OPERATORS[expr.operator]!;
    const values = operator === 'in' || operator === 'notin' ? sortedUnique(expr.values ?? []) : [];
    const problem = requirementError(expr.key, operator, values);
    if (problem) throw invalid('labelSelector', problem);
    requirements.push({ key: expr.key, operator, values });
  }
  return selectorOf(requirements);
}

/**
 * A structured selector in string syntax (`app=web,tier in (a,b)`), e.g. for ReplicaSet
 * `status.selector` or to list the pods a controller owns. '' for empty and missing selectors.
 */
export function labelSelectorObjectToString(sel: LabelSelectorObject | null | undefined): string {
  return selectorFromLabelSelectorObject(sel).toString();
}
