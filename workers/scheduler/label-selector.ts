/**
 * Kubernetes label selectors (`matchLabels` + `matchExpressions`), compiled once into a predicate.
 * As in pod affinity terms, a missing selector matches nothing and `{}` matches everything; an
 * invalid selector (unknown operator, In/NotIn without values, Exists with values) matches nothing.
 */
export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

export type LabelMatcher = (labels: Readonly<Record<string, string>>) => boolean;

export const matchNothing: LabelMatcher = () => false;
export const matchEverything: LabelMatcher = () => true;

/** One requirement with the set-based operators; undefined when it is invalid. */
export function compileRequirement(r: LabelSelectorRequirement): LabelMatcher | undefined {
  const values = r.values ?? [];
  const key = r.key;
  switch (r.operator) {
    case 'In': {
      if (values.length === 0) return undefined;
      const set = new Set(values);
      return (labels) => labels[key] !== undefined && set.has(labels[key]!);
    }
    case 'NotIn': {
      if (values.length === 0) return undefined;
      const set = new Set(values);
      return (labels) => labels[key] === undefined || !set.has(labels[key]!);
    }
    case 'Exists':
      return values.length === 0 ? (labels) => labels[key] !== undefined : undefined;
    case 'DoesNotExist':
      return values.length === 0 ? (labels) => labels[key] === undefined : undefined;
    default:
      return undefined;
  }
}

export function compileLabelSelector(selector: LabelSelector | null | undefined): LabelMatcher {
  if (!selector) return matchNothing;
  const requirements: LabelMatcher[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    requirements.push((labels) => labels[key] === value);
  }
  for (const expression of selector.matchExpressions ?? []) {
    const r = compileRequirement(expression);
    if (!r) return matchNothing;
    requirements.push(r);
  }
  if (requirements.length === 0) return matchEverything;
  if (requirements.length === 1) return requirements[0]!;
  return (labels) => requirements.every((r) => r(labels));
}
