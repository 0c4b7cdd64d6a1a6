/**
 * A label selector as SQL conditions on `objects.data`, so a list returns only the rows the
 * selector matches instead of every row of the namespace for JavaScript to filter. Each
 * condition is exact for labels as the API stores them (an object of string values; absent or
 * null labels read as none), so a pushed-down selector selects what `LabelSelector.matches`
 * selects. `gt`/`lt` compare 64-bit integers parsed as Go parses them and are left to
 * `matches` (the list applies it to every row anyway).
 */
import type { LabelSelector, Requirement } from '../selectors/label-selector.ts';

const LABELS = "data->'metadata'->'labels'";

/**
 * The conditions (to AND) for the requirements of `selector` that SQL evaluates exactly; each
 * value goes into `params` and is referred to by its `$n`.
 */
export function labelSelectorConditions(selector: LabelSelector, params: unknown[]): string[] {
  const conditions: string[] = [];
  const ref = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const eq = selector.equalities();
  // One jsonb containment for the exact matches, as before this file (`@>` also holds values as strings).
  if (Object.keys(eq).length > 0) conditions.push(`${LABELS} @> ${ref(JSON.stringify(eq))}::jsonb`);
  for (const r of selector.requirements) {
    const c = requirementCondition(r, eq, ref);
    if (c) conditions.push(c);
  }
  return conditions;
}

function requirementCondition(r: Requirement, eq: Record<string, string>, ref: (v: unknown) => string): string | null {
  switch (r.operator) {
    case '=':
    case '==':
    case 'in':
      // Covered by the containment unless this is a multi-value `in` or a second exact value for a key.
      if (Object.hasOwn(eq, r.key) && r.values.length === 1 && r.values[0] === eq[r.key]) return null;
      return `coalesce((${LABELS}->>${ref(r.key)}) = ANY(${ref(r.values)}::text[]), false)`;
    case '!=':
    case 'notin':
      return `NOT coalesce((${LABELS}->>${ref(r.key)}) = ANY(${ref(r.values)}::text[]), false)`;
    case 'exists':
      return `coalesce(${LABELS} ? ${ref(r.key)}, false)`;
    case '!':
      return `NOT coalesce(${LABELS} ? ${ref(r.key)}, false)`;
    case 'gt':
    case 'lt':
      return null;
  }
}
