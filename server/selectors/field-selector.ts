/**
 * Kubernetes field selectors (`spec.nodeName=n1,status.phase!=Succeeded`), parsed as
 * k8s.io/apimachinery/pkg/fields parses them: comma-separated `=`, `==` or `!=` terms, values
 * escaped with `\,` `\=` `\\`, and only the fields the kind supports. Unlike Kubernetes, spaces
 * around field names and values are ignored.
 */
import { invalid } from '../errors.ts';
import { KINDS } from '../kinds/registry.ts';
import type { KindName, KObject } from '../kinds/types.ts';

export type FieldOperator = '=' | '==' | '!=';

export interface FieldRequirement {
  field: string;
  operator: FieldOperator;
  value: string;
}

export interface FieldSelector {
  /** Sorted as Kubernetes sorts them. */
  requirements: FieldRequirement[];
  /** An absent field reads as '' (so `spec.nodeName=` selects unbound pods). */
  matches(obj: KObject): boolean;
  isEmpty(): boolean;
  toString(): string;
  /**
   * field → value for the `=`/`==` requirements that an object satisfies exactly when its JSON
   * holds that string at that dotted path, so a store can pre-filter with jsonb `@>` and then
   * apply `matches`. Left out, since containment would get them wrong: empty values (absent
   * fields read as ''), and fields whose selector value is derived rather than stored
   * (`spec.unschedulable`, `spec.hostNetwork`, `status.replicas`, Event `source`).
   */
  equalities(): Record<string, string>;
}

/** Selector fields whose string is computed (booleans, numbers, renamed paths). */
const DERIVED_FIELDS = new Set(['spec.unschedulable', 'spec.hostNetwork', 'status.replicas', 'source']);
const OPERATORS: FieldOperator[] = ['!=', '==', '='];

/**
 * Parses a field selector for `kind`. Empty or missing selectors select everything. Throws
 * CapstanError INVALID (field `fieldSelector`) for bad syntax or a field the kind does not support.
 */
export function parseFieldSelector(s: string | undefined | null, kind: KindName): FieldSelector {
  const def = KINDS[kind];
  if (!def) throw invalid('fieldSelector', `unknown kind ${JSON.stringify(kind)}`);
  if (s === undefined || s === null) return new Selector([], def.fieldSelectors);
  if (typeof s !== 'string') throw invalid('fieldSelector', 'must be a string');

  const requirements: FieldRequirement[] = [];
  for (const term of splitTerms(s).sort()) {
    if (term.trim() === '') continue;
    const split = splitTerm(term);
    if (!split) {
      throw invalid('fieldSelector', `unable to parse ${JSON.stringify(s)}: ${JSON.stringify(term.trim())} is not of the form field=value, field==value or field!=value`);
    }
    const field = split.field.trim();
    if (field === '') throw invalid('fieldSelector', `unable to parse ${JSON.stringify(s)}: missing field name before "${split.operator}"`);
    if (!Object.hasOwn(def.fieldSelectors, field)) {
      throw invalid('fieldSelector', `field label not supported: ${field} (${kind} supports ${Object.keys(def.fieldSelectors).join(', ')})`);
    }
    requirements.push({ field, operator: split.operator, value: unescapeValue(split.value.trim(), field) });
  }
  return new Selector(requirements, def.fieldSelectors);
}

class Selector implements FieldSelector {
  constructor(
    readonly requirements: FieldRequirement[],
    private readonly readers: Record<string, (obj: KObject) => string | undefined>,
  ) {}

  matches(obj: KObject): boolean {
    return this.requirements.every((r) => {
      const actual = this.readers[r.field]!(obj) ?? '';
      return r.operator === '!=' ? actual !== r.value : actual === r.value;
    });
  }

  isEmpty(): boolean {
    return this.requirements.length === 0;
  }

  toString(): string {
    return this.requirements.map((r) => `${r.field}${r.operator === '!=' ? '!=' : '='}${escapeValue(r.value)}`).join(',');
  }

  equalities(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const r of this.requirements) {
      if (r.operator === '!=' || r.value === '' || DERIVED_FIELDS.has(r.field) || Object.hasOwn(out, r.field)) continue;
      out[r.field] = r.value;
    }
    return out;
  }
}

/** Splits on commas that are not escaped; escapes stay for unescapeValue. */
function splitTerms(s: string): string[] {
  const terms: string[] = [];
  let start = 0;
  let escaped = false;
  for (let i = 0; i < s.length; i++) {
    if (escaped) escaped = false;
    else if (s[i] === '\\') escaped = true;
    else if (s[i] === ',') {
      terms.push(s.slice(start, i));
      start = i + 1;
    }
  }
  terms.push(s.slice(start));
  return terms;
}

/** The first operator in the term splits it; `!=` and `==` win over `=` at the same place. */
function splitTerm(term: string): { field: string; operator: FieldOperator; value: string } | undefined {
  for (let i = 0; i < term.length; i++) {
    for (const op of OPERATORS) {
      if (term.startsWith(op, i)) return { field: term.slice(0, i), operator: op, value: term.slice(i + op.length) };
    }
  }
  return undefined;
}

function unescapeValue(value: string, field: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\') {
      const next = value[i + 1];
      if (next !== '\\' && next !== ',' && next !== '=') {
        throw invalid('fieldSelector', `invalid escape sequence "\\${next ?? ''}" in the value of ${field}: only \\\\, \\, and \\= are allowed`);
      }
      out += next;
      i++;
    } else if (c === '=') {
      throw invalid('fieldSelector', `unescaped "=" in the value of ${field}: write it as \\=`);
    } else {
      out += c;
    }
  }
  return out;
}

function escapeValue(value: string): string {
  return value.replace(/[\\,=]/g, (c) => `\\${c}`);
}
