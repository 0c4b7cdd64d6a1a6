/**
 * Node selector terms as in `nodeAffinity` (component-helpers' nodeaffinity package): terms are
 * ORed, the requirements of a term ANDed. A term with no requirements, or with an invalid one,
 * matches no node; that makes only that term fail, not the whole selector.
 */
import type { NodeInfo } from './framework.ts';
import { compileRequirement, type LabelMatcher } from './label-selector.ts';

export interface NodeSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

export interface NodeSelectorTerm {
  matchExpressions?: NodeSelectorRequirement[];
  matchFields?: NodeSelectorRequirement[];
}

export type NodeMatcher = (node: Pick<NodeInfo, 'name' | 'labels'>) => boolean;

const never: NodeMatcher = () => false;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Go's strconv.ParseInt(s, 10, 64): optional sign, decimal digits only, within int64. */
export function parseInt64(s: string): bigint | undefined {
  if (!/^[+-]?[0-9]+$/.test(s)) return undefined;
  const n = BigInt(s);
  return n < INT64_MIN || n > INT64_MAX ? undefined : n;
}

function compileExpression(r: NodeSelectorRequirement): LabelMatcher | undefined {
  switch (r.operator) {
    case 'Gt':
    case 'Lt': {
      // The requirement's value must be an integer; a node label that is not one just doesn't match.
      const bound = r.values?.length === 1 ? parseInt64(r.values[0]!) : undefined;
      if (bound === undefined) return undefined;
      const greater = r.operator === 'Gt';
      return (labels) => {
        const raw = labels[r.key];
        const n = raw === undefined ? undefined : parseInt64(raw);
        if (n === undefined) return false;
        return greater ? n > bound : n < bound;
      };
    }
    default:
      return compileRequirement(r);
  }
}

/** matchFields supports only `metadata.name`, with In or NotIn and exactly one value. */
function compileField(r: NodeSelectorRequirement): NodeMatcher | undefined {
  if (r.key !== 'metadata.name' || r.values?.length !== 1) return undefined;
  const name = r.values[0]!;
  if (r.operator === 'In') return (node) => node.name === name;
  if (r.operator === 'NotIn') return (node) => node.name !== name;
  return undefined;
}

export function compileNodeSelectorTerm(term: NodeSelectorTerm | null | undefined): NodeMatcher {
  const expressions: LabelMatcher[] = [];
  const fields: NodeMatcher[] = [];
  for (const r of term?.matchExpressions ?? []) {
    const m = compileExpression(r);
    if (!m) return never;
    expressions.push(m);
  }
  for (const r of term?.matchFields ?? []) {
    const m = compileField(r);
    if (!m) return never;
    fields.push(m);
  }
  if (expressions.length === 0 && fields.length === 0) return never;
  return (node) => {
    for (const m of expressions) if (!m(node.labels)) return false;
    for (const m of fields) if (!m(node)) return false;
    return true;
  };
}

/** The ORed terms of a `requiredDuringScheduling…` node selector; no terms matches no node. */
export function compileNodeSelector(terms: readonly NodeSelectorTerm[]): NodeMatcher {
  const compiled = terms.map(compileNodeSelectorTerm);
  if (compiled.length === 1) return compiled[0]!;
  return (node) => compiled.some((m) => m(node));
}
