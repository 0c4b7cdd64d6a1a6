/**
 * Kubernetes label selectors (`matchLabels` + `matchExpressions`) as the scheduler's plugins use
 * them: compiled once into a predicate by the one selector implementation
 * (`server/selectors/label-selector-object.ts`). As in pod affinity terms, a missing selector
 * matches nothing and `{}` matches everything; an invalid selector (unknown operator, In/NotIn
 * without values, Exists with values) matches nothing instead of failing the scheduling cycle.
 */
import type { LabelSelectorObject } from '../selectors/label-selector-object.ts';
import { selectorFromLabelSelectorObject } from '../selectors/label-selector-object.ts';

export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

export type LabelSelector = LabelSelectorObject;

export type LabelMatcher = (labels: Readonly<Record<string, string>>) => boolean;

export const matchNothing: LabelMatcher = () => false;
export const matchEverything: LabelMatcher = () => true;

/** One requirement with the set-based operators; undefined when it is invalid. */
export function compileRequirement(r: LabelSelectorRequirement): LabelMatcher | undefined {
  const matcher = compile({ matchExpressions: [r] });
  return matcher === matchNothing ? undefined : matcher;
}

export function compileLabelSelector(selector: LabelSelector | null | undefined): LabelMatcher {
  if (!selector) return matchNothing;
  return compile(selector);
}

function compile(selector: LabelSelector): LabelMatcher {
  try {
    const s = selectorFromLabelSelectorObject(selector);
    return s.isEmpty() ? matchEverything : (labels) => s.matches(labels);
  } catch {
    return matchNothing;
  }
}
