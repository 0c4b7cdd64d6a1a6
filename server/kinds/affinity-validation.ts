/**
 * Validation of the scheduling constraints of a pod spec: `affinity` (node, pod and pod
 * anti-affinity) and `tolerations`, worded as Kubernetes words them.
 */
import { validateLabelSelectorObject } from '../selectors/label-selector-object.ts';
import { FieldErrors, forbidden, invalidValue, required, unsupported } from './field-errors.ts';
import { validateDNS1123Label, validateLabelValue, validateQualifiedName } from './names.ts';

export const NODE_SELECTOR_OPERATORS = ['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'] as const;
export const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] as const;
export const TOLERATION_OPERATORS = ['Exists', 'Equal'] as const;

/** `spec.affinity`. */
export function validateAffinity(affinity: unknown, path: string, errs: FieldErrors): void {
  if (!errs.object(path, affinity)) return;
  const node = affinity.nodeAffinity;
  if (errs.object(`${path}.nodeAffinity`, node)) {
    const req = node.requiredDuringSchedulingIgnoredDuringExecution;
    const reqPath = `${path}.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution`;
    if (errs.object(reqPath, req)) validateNodeSelector(req, reqPath, errs);
    const preferred = node.preferredDuringSchedulingIgnoredDuringExecution;
    const prefPath = `${path}.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution`;
    if (errs.array(prefPath, preferred)) {
      preferred.forEach((term, i) => {
        const p = `${prefPath}[${i}]`;
        if (!errs.object(p, term, { required: true })) return;
        errs.integer(`${p}.weight`, term.weight, { required: true, min: 1, max: 100 });
        if (errs.object(`${p}.preference`, term.preference, { required: true })) {
          validateNodeSelectorTerm(term.preference, `${p}.preference`, errs);
        }
      });
    }
  }
  for (const kind of ['podAffinity', 'podAntiAffinity'] as const) {
    const pa = affinity[kind];
    const p = `${path}.${kind}`;
    if (!errs.object(p, pa)) continue;
    const req = pa.requiredDuringSchedulingIgnoredDuringExecution;
    if (errs.array(`${p}.requiredDuringSchedulingIgnoredDuringExecution`, req)) {
      req.forEach((term, i) => validatePodAffinityTerm(term, `${p}.requiredDuringSchedulingIgnoredDuringExecution[${i}]`, errs));
    }
    const preferred = pa.preferredDuringSchedulingIgnoredDuringExecution;
    if (errs.array(`${p}.preferredDuringSchedulingIgnoredDuringExecution`, preferred)) {
      preferred.forEach((term, i) => {
        const tp = `${p}.preferredDuringSchedulingIgnoredDuringExecution[${i}]`;
        if (!errs.object(tp, term, { required: true })) return;
        errs.integer(`${tp}.weight`, term.weight, { required: true, min: 1, max: 100 });
        validatePodAffinityTerm(term.podAffinityTerm, `${tp}.podAffinityTerm`, errs);
      });
    }
  }
}

/** A NodeSelector: one or more terms, ORed. */
export function validateNodeSelector(selector: Record<string, any>, path: string, errs: FieldErrors): void {
  const terms = selector.nodeSelectorTerms;
  if (terms === undefined || terms === null || (Array.isArray(terms) && terms.length === 0)) {
    errs.add(required(`${path}.nodeSelectorTerms`, 'must have at least one node selector term'));
    return;
  }
  if (!errs.array(`${path}.nodeSelectorTerms`, terms)) return;
  terms.forEach((term, i) => {
    const p = `${path}.nodeSelectorTerms[${i}]`;
    if (errs.object(p, term, { required: true })) validateNodeSelectorTerm(term, p, errs);
  });
}

/** One term: matchExpressions on node labels and matchFields on node fields, ANDed. */
export function validateNodeSelectorTerm(term: Record<string, any>, path: string, errs: FieldErrors): void {
  if (errs.array(`${path}.matchExpressions`, term.matchExpressions)) {
    term.matchExpressions.forEach((req, i) => validateNodeSelectorRequirement(req, `${path}.matchExpressions[${i}]`, errs, false));
  }
  if (errs.array(`${path}.matchFields`, term.matchFields)) {
    term.matchFields.forEach((req, i) => validateNodeSelectorRequirement(req, `${path}.matchFields[${i}]`, errs, true));
  }
}

function validateNodeSelectorRequirement(req: unknown, path: string, errs: FieldErrors, isField: boolean): void {
  if (!errs.object(path, req, { required: true })) return;
  const values: unknown[] = Array.isArray(req.values) ? req.values : [];
  if (req.values !== undefined && req.values !== null) errs.stringArray(`${path}.values`, req.values);
  if (errs.oneOf(`${path}.operator`, req.operator, NODE_SELECTOR_OPERATORS, { required: true })) {
    switch (req.operator) {
      case 'In':
      case 'NotIn':
        if (values.length === 0) errs.add(required(`${path}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0) errs.add(forbidden(`${path}.values`, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        break;
      case 'Gt':
      case 'Lt':
        if (values.length !== 1) errs.add(required(`${path}.values`, "must be specified single value when `operator` is 'Lt' or 'Gt'"));
        break;
    }
  }
  if (!errs.string(`${path}.key`, req.key, { required: true })) return;
  if (isField) {
    // Kubernetes supports one node field, and only with a single name.
    if (req.key !== 'metadata.name') errs.add(invalidValue(`${path}.key`, req.key, 'not a valid field selector key'));
    if ((req.operator === 'In' || req.operator === 'NotIn') && values.length !== 1) {
      errs.add(required(`${path}.values`, "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
    }
    if (req.operator !== 'In' && req.operator !== 'NotIn' && NODE_SELECTOR_OPERATORS.includes(req.operator)) {
      errs.add(invalidValue(`${path}.operator`, req.operator, 'not a valid selector operator'));
    }
    return;
  }
  errs.name(`${path}.key`, req.key, validateQualifiedName);
  if (req.operator === 'In' || req.operator === 'NotIn') {
    values.forEach((v, i) => {
      if (typeof v === 'string') errs.name(`${path}.values[${i}]`, v, validateLabelValue);
    });
  }
}

function validatePodAffinityTerm(term: unknown, path: string, errs: FieldErrors): void {
  if (!errs.object(path, term, { required: true })) return;
  validateLabelSelectorObject(term.labelSelector, `${path}.labelSelector`, errs);
  validateLabelSelectorObject(term.namespaceSelector, `${path}.namespaceSelector`, errs);
  if (errs.stringArray(`${path}.namespaces`, term.namespaces)) {
    term.namespaces.forEach((ns: string, i: number) => errs.name(`${path}.namespaces[${i}]`, ns, validateDNS1123Label));
  }
  if (term.topologyKey === undefined || term.topologyKey === null || term.topologyKey === '') {
    errs.add(required(`${path}.topologyKey`, 'can not be empty'));
  } else if (errs.string(`${path}.topologyKey`, term.topologyKey)) {
    errs.name(`${path}.topologyKey`, term.topologyKey, validateQualifiedName);
  }
}

/** `spec.tolerations`. */
export function validateTolerations(tolerations: unknown, path: string, errs: FieldErrors): void {
  if (!errs.array(path, tolerations)) return;
  tolerations.forEach((t, i) => {
    const p = `${path}[${i}]`;
    if (!errs.object(p, t, { required: true })) return;
    const key = t.key ?? '';
    if (errs.string(`${p}.key`, key) && key !== '') errs.name(`${p}.key`, key, validateQualifiedName);
    const operator = t.operator ?? 'Equal';
    if (key === '' && operator !== 'Exists') {
      errs.add(invalidValue(`${p}.operator`, operator, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    }
    const value = t.value ?? '';
    errs.string(`${p}.value`, value);
    if (operator === 'Equal') {
      if (typeof value === 'string') errs.name(`${p}.value`, value, validateLabelValue);
    } else if (operator === 'Exists') {
      if (value !== '') errs.add(invalidValue(`${p}.value`, value, 'value must be empty when `operator` is \'Exists\''));
    } else {
      errs.add(unsupported(`${p}.operator`, operator, TOLERATION_OPERATORS));
    }
    const effect = t.effect ?? '';
    if (effect !== '' && !(TAINT_EFFECTS as readonly string[]).includes(effect)) errs.add(unsupported(`${p}.effect`, effect, TAINT_EFFECTS));
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) {
      if (effect !== 'NoExecute') {
        errs.add(invalidValue(`${p}.effect`, effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"));
      }
      errs.integer(`${p}.tolerationSeconds`, t.tolerationSeconds, { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
    }
  });
}
