/**
 * Kubernetes label selectors: the string syntax of `?labelSelector=` and `kubectl -l`
 * (`app=web,tier!=db`, `env in (a,b)`, `!canary`), parsed as k8s.io/apimachinery/pkg/labels
 * parses it, and the structured `spec.selector` form (`matchLabels`, `matchExpressions`).
 */
import { invalid } from '../errors.ts';
import { validateLabelKey, validateLabelValue } from '../kinds/names.ts';
import { tokenize, type Token } from './label-selector-lexer.ts';

/** Kubernetes' selection.Operator values. */
export type Operator = 'in' | 'notin' | '=' | '==' | '!=' | 'exists' | '!' | 'gt' | 'lt';

/** One condition on one label; a selector is the AND of its requirements. */
export interface Requirement {
  key: string;
  operator: Operator;
  /** Sorted and without duplicates; empty for `exists` and `!`. */
  values: string[];
}

export interface LabelSelector {
  /** Sorted by key, as Kubernetes sorts them. */
  requirements: Requirement[];
  matches(labels: Record<string, string> | undefined): boolean;
  /** True when the selector selects everything. */
  isEmpty(): boolean;
  /** The selector in string syntax, normalised (`a in (x,y),b=c`); parses back to the same selector. */
  toString(): string;
  /**
   * label → value for every `=`, `==` and single-value `in` requirement: every object the selector
   * matches has these labels, so a store may pre-filter with jsonb `@>` and then apply `matches`.
   */
  equalities(): Record<string, string>;
}

/**
 * Parses a selector string. Empty, whitespace-only or missing selectors select everything.
 * Throws CapstanError INVALID (field `labelSelector`) saying what is wrong and where.
 */
export function parseLabelSelector(s: string | undefined | null): LabelSelector {
  if (s === undefined || s === null) return selectorOf([]);
  if (typeof s !== 'string') throw invalid('labelSelector', 'must be a string');
  return selectorOf(new Parser(s).parse());
}

/** A selector from requirements that are already valid (sorted here). */
export function selectorOf(requirements: Requirement[]): LabelSelector {
  const sorted = [...requirements].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return new RequirementSelector(sorted);
}

/** A selector that matches nothing: what a missing structured selector means in Kubernetes. */
export function nothingSelector(): LabelSelector {
  return {
    requirements: [],
    matches: () => false,
    isEmpty: () => false,
    toString: () => '',
    equalities: () => ({}),
  };
}

class RequirementSelector implements LabelSelector {
  constructor(readonly requirements: Requirement[]) {}

  matches(labels: Record<string, string> | undefined): boolean {
    const ls = labels ?? {};
    return this.requirements.every((r) => requirementMatches(r, ls));
  }

  isEmpty(): boolean {
    return this.requirements.length === 0;
  }

  toString(): string {
    return this.requirements.map(requirementToString).join(',');
  }

  equalities(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const r of this.requirements) {
      const exact = r.operator === '=' || r.operator === '==' || (r.operator === 'in' && r.values.length === 1);
      if (exact && !Object.hasOwn(out, r.key)) out[r.key] = r.values[0]!;
    }
    return out;
  }
}

function requirementMatches(r: Requirement, labels: Record<string, string>): boolean {
  const has = Object.hasOwn(labels, r.key);
  const value = has ? labels[r.key]! : undefined;
  switch (r.operator) {
    case 'in':
    case '=':
    case '==':
      return has && r.values.includes(value!);
    case 'notin':
    case '!=':
      return !has || !r.values.includes(value!);
    case 'exists':
      return has;
    case '!':
      return !has;
    case 'gt':
    case 'lt': {
      const actual = has ? parseInt64(value!) : null;
      const bound = parseInt64(r.values[0] ?? '');
      if (actual === null || bound === null) return false;
      return r.operator === 'gt' ? actual > bound : actual < bound;
    }
  }
}

function requirementToString(r: Requirement): string {
  switch (r.operator) {
    case 'exists':
      return r.key;
    case '!':
      return `!${r.key}`;
    case 'in':
    case 'notin':
      return `${r.key} ${r.operator} (${r.values.join(',')})`;
    case 'gt':
      return `${r.key}>${r.values[0]}`;
    case 'lt':
      return `${r.key}<${r.values[0]}`;
    default:
      return `${r.key}${r.operator}${r.values[0]}`;
  }
}

/** Go's strconv.ParseInt(s, 10, 64), or null. */
export function parseInt64(s: string): bigint | null {
  if (!/^[+-]?[0-9]+$/.test(s)) return null;
  const n = BigInt(s);
  return n >= -(2n ** 63n) && n < 2n ** 63n ? n : null;
}

/**
 * Checks a requirement's key and values as Kubernetes' NewRequirement does; returns the problem,
 * or null.
 */
export function requirementError(key: string, operator: Operator, values: string[]): string | null {
  const keyError = validateLabelKey(key);
  if (keyError) return `invalid label key "${key}": ${keyError}`;
  switch (operator) {
    case 'in':
    case 'notin':
      if (values.length === 0) return "for 'in', 'notin' operators, values set can't be empty";
      break;
    case '=':
    case '==':
    case '!=':
      if (values.length !== 1) return 'exact-match compatibility requires one single value';
      break;
    case 'exists':
    case '!':
      if (values.length !== 0) return 'values set must be empty for exists and does not exist';
      break;
    case 'gt':
    case 'lt':
      if (values.length !== 1) return "for 'Gt', 'Lt' operators, exactly one value is required";
      if (parseInt64(values[0]!) === null) return `for 'Gt', 'Lt' operators, the value must be an integer (got "${values[0]}")`;
      break;
  }
  for (const v of values) {
    const valueError = validateLabelValue(v);
    if (valueError) return `invalid value "${v}" for label "${key}": ${valueError}`;
  }
  return null;
}

/** Values as a sorted set, as Kubernetes' sets.String.List() gives them. */
export function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

const BINARY_OPERATORS: Partial<Record<Token['type'], Operator>> = {
  in: 'in',
  notin: 'notin',
  '=': '=',
  '==': '==',
  '!=': '!=',
  '>': 'gt',
  '<': 'lt',
};

/** Kubernetes' recursive-descent selector parser, reporting positions in its errors. */
class Parser {
  private readonly tokens: Token[];
  private index = 0;

  constructor(private readonly input: string) {
    this.tokens = tokenize(input);
  }

  parse(): Requirement[] {
    const requirements: Requirement[] = [];
    for (;;) {
      const t = this.peek(true);
      if (t.type === 'eos') return requirements;
      if (t.type !== 'id' && t.type !== '!') this.fail(t, "'!', a label key, or end of string");
      requirements.push(this.parseRequirement());
      const next = this.next(true);
      if (next.type === 'eos') return requirements;
      if (next.type !== ',') this.fail(next, "',' or end of string");
      const after = this.peek(true);
      if (after.type !== 'id' && after.type !== '!') this.fail(after, "a label key or '!' after ','");
    }
  }

  private parseRequirement(): Requirement {
    let t = this.next(true);
    let negated = false;
    if (t.type === '!') {
      negated = true;
      t = this.next(true);
    }
    if (t.type !== 'id') this.fail(t, 'a label key');
    const key = t.literal;
    const keyError = validateLabelKey(key);
    if (keyError) this.error(`invalid label key "${key}" at position ${t.pos}: ${keyError}`);
    const following = this.peek(true);
    if (negated || following.type === 'eos' || following.type === ',') {
      if (negated && following.type !== 'eos' && following.type !== ',') this.fail(following, "',' or end of string after '!key'");
      return { key, operator: negated ? '!' : 'exists', values: [] };
    }
    const opToken = this.next(false);
    const operator = BINARY_OPERATORS[opToken.type];
    if (!operator) this.fail(opToken, "one of 'in', 'notin', '=', '==', '!=', '>', '<'");
    const values = operator === 'in' || operator === 'notin' ? this.parseValueSet() : this.parseExactValue();
    const problem = requirementError(key, operator, values);
    if (problem) this.error(`${problem} (requirement starting at position ${t.pos})`);
    return { key, operator, values: sortedUnique(values) };
  }

  /** `(a,b)`; as in Kubernetes, empty items are the empty string, so `()` means `("")`. */
  private parseValueSet(): string[] {
    const open = this.next(true);
    if (open.type !== '(') this.fail(open, "'('");
    const first = this.peek(true);
    if (first.type === ')') {
      this.next(true);
      return [''];
    }
    if (first.type !== 'id' && first.type !== ',') this.fail(first, "a value, ',' or ')'");
    const values: string[] = [];
    for (;;) {
      const t = this.next(true);
      if (t.type === 'id') {
        values.push(t.literal);
        const after = this.peek(true);
        if (after.type === ')') break;
        if (after.type !== ',') this.fail(after, "',' or ')'");
      } else if (t.type === ',') {
        if (values.length === 0) values.push('');
        const after = this.peek(true);
        if (after.type === ')') {
          values.push('');
          break;
        }
        if (after.type === ',') values.push('');
      } else {
        this.fail(t, "a value, ',' or ')'");
      }
    }
    this.next(true); // the ')'
    return values;
  }

  /** The value after `=`, `!=`, `>`…; nothing before ',' or the end means the empty string. */
  private parseExactValue(): string[] {
    const t = this.peek(true);
    if (t.type === 'eos' || t.type === ',') return [''];
    this.next(true);
    if (t.type !== 'id') this.fail(t, 'a value');
    return [t.literal];
  }

  /** `in` and `notin` are keywords only where an operator may stand; elsewhere they are names. */
  private peek(asValue: boolean): Token {
    return demote(this.tokens[this.index]!, asValue);
  }

  private next(asValue: boolean): Token {
    const t = this.tokens[this.index]!;
    if (t.type !== 'eos') this.index++;
    return demote(t, asValue);
  }

  private fail(t: Token, expected: string): never {
    const found = t.type === 'eos' ? 'end of string' : `'${t.literal}'`;
    this.error(`found ${found} at position ${t.pos}, expected ${expected}`);
  }

  private error(message: string): never {
    throw invalid('labelSelector', `unable to parse ${JSON.stringify(this.input)}: ${message}`);
  }
}

function demote(t: Token, asValue: boolean): Token {
  return asValue && (t.type === 'in' || t.type === 'notin') ? { ...t, type: 'id' } : t;
}

export {
  labelSelectorObjectToString,
  selectorFromLabelSelectorObject,
  validateLabelSelectorObject,
  type LabelSelectorObject,
} from './label-selector-object.ts';
