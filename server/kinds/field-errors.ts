/**
 * FieldError constructors that word errors as Kubernetes' field.Error does (`Required value`,
 * `Invalid value: "x": …`, `Unsupported value: …`), plus the small type checks every kind needs
 * because manifests arrive as untyped JSON/YAML.
 */
import type { FieldError } from '../errors.ts';
import { parseQuantity, quantityError } from './quantity.ts';

/** A value as Kubernetes prints it in an error: strings quoted, objects as (short) JSON. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 120 ? `${json.slice(0, 117)}...` : json;
}

export function required(field: string, detail?: string): FieldError {
  return { field, message: detail ? `Required value: ${detail}` : 'Required value' };
}

export function invalidValue(field: string, value: unknown, detail: string): FieldError {
  return { field, message: `Invalid value: ${describeValue(value)}: ${detail}` };
}

/** For values that must not be echoed back (Secret data). */
export function invalidRedacted(field: string, detail: string): FieldError {
  return { field, message: `Invalid value: "<redacted>": ${detail}` };
}

export function unsupported(field: string, value: unknown, supported: readonly string[]): FieldError {
  const list = supported.map((s) => JSON.stringify(s)).join(', ');
  return { field, message: `Unsupported value: ${describeValue(value)}: supported values: ${list}` };
}

export function duplicate(field: string, value: unknown): FieldError {
  return { field, message: `Duplicate value: ${describeValue(value)}` };
}

export function forbidden(field: string, detail: string): FieldError {
  return { field, message: `Forbidden: ${detail}` };
}

export function notFound(field: string, value: unknown): FieldError {
  return { field, message: `Not found: ${describeValue(value)}` };
}

export function tooLong(field: string, maxBytes: number): FieldError {
  return { field, message: `Too long: must have at most ${maxBytes} bytes` };
}

export const IMMUTABLE = 'field is immutable';

/** A plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Collects errors while walking an object. Each `check*` returns whether the value is present and
 * of the right type, so callers can go on to check its contents.
 */
export class FieldErrors {
  readonly list: FieldError[] = [];

  add(...errors: FieldError[]): void {
    this.list.push(...errors);
  }

  /** Adds `validator(value)`'s message as an Invalid value, if any. */
  name(field: string, value: string, validator: (v: string) => string | null): void {
    const message = validator(value);
    if (message) this.add(invalidValue(field, value, message));
  }

  object(field: string, value: unknown, opts: { required?: boolean } = {}): value is Record<string, any> {
    if (value === undefined || value === null) {
      if (opts.required) this.add(required(field));
      return false;
    }
    if (!isObject(value)) {
      this.add(invalidValue(field, value, 'must be an object'));
      return false;
    }
    return true;
  }

  array(field: string, value: unknown, opts: { required?: boolean } = {}): value is any[] {
    if (value === undefined || value === null) {
      if (opts.required) this.add(required(field));
      return false;
    }
    if (!Array.isArray(value)) {
      this.add(invalidValue(field, value, 'must be a list'));
      return false;
    }
    if (opts.required && value.length === 0) {
      this.add(required(field));
      return false;
    }
    return true;
  }

  /** A string; with `required`, also non-empty. */
  string(field: string, value: unknown, opts: { required?: boolean } = {}): value is string {
    if (value === undefined || value === null || (opts.required && value === '')) {
      if (opts.required) this.add(required(field));
      return false;
    }
    if (typeof value !== 'string') {
      this.add(invalidValue(field, value, 'must be a string'));
      return false;
    }
    return true;
  }

  boolean(field: string, value: unknown): value is boolean {
    if (value === undefined || value === null) return false;
    if (typeof value !== 'boolean') {
      this.add(invalidValue(field, value, 'must be a boolean'));
      return false;
    }
    return true;
  }

  /** An integer within [min, max] (int32 by default), worded as Kubernetes words ranges. */
  integer(field: string, value: unknown, opts: { required?: boolean; min?: number; max?: number } = {}): value is number {
    if (value === undefined || value === null) {
      if (opts.required) this.add(required(field));
      return false;
    }
    if (typeof value !== 'number' || !Number.isInteger(value)) {
      this.add(invalidValue(field, value, 'must be an integer'));
      return false;
    }
    const min = opts.min ?? -2147483648;
    const max = opts.max ?? 2147483647;
    if (value < min || value > max) {
      // Name only the bound that matters when the other is just the type's range.
      const openAbove = opts.max === undefined || max > 2147483647;
      let detail = `must be between ${min} and ${max}, inclusive`;
      if (value < min && openAbove) detail = min === 1 ? 'must be greater than 0' : `must be greater than or equal to ${min}`;
      this.add(invalidValue(field, value, detail));
      return false;
    }
    return true;
  }

  oneOf(field: string, value: unknown, supported: readonly string[], opts: { required?: boolean } = {}): boolean {
    if (!this.string(field, value, opts)) return false;
    if (!supported.includes(value)) {
      this.add(unsupported(field, value, supported));
      return false;
    }
    return true;
  }

  stringArray(field: string, value: unknown): value is string[] {
    if (!this.array(field, value)) return false;
    let ok = true;
    value.forEach((v, i) => {
      ok = this.string(`${field}[${i}]`, v) && ok;
    });
    return ok;
  }

  /** A map of string to string (labels, selectors, ConfigMap data). */
  stringMap(field: string, value: unknown): value is Record<string, string> {
    if (!this.object(field, value)) return false;
    let ok = true;
    for (const [k, v] of Object.entries(value)) {
      if (typeof v !== 'string') {
        this.add(invalidValue(`${field}[${k}]`, v, 'must be a string (quote it in YAML)'));
        ok = false;
      }
    }
    return ok;
  }

  /** A resource quantity, given as a string or a number. */
  quantity(field: string, value: unknown, opts: { nonNegative?: boolean } = {}): boolean {
    if (value === undefined || value === null) return false;
    if (typeof value !== 'string' && typeof value !== 'number') {
      this.add(invalidValue(field, value, 'must be a quantity string such as "500m" or "128Mi"'));
      return false;
    }
    const message = quantityError(value);
    if (message) {
      // Worded like the Kubernetes decoding error, which names the field and the rule only.
      this.add({ field, message });
      return false;
    }
    if (opts.nonNegative && parseQuantity(value).sign() < 0) {
      this.add(invalidValue(field, value, 'must be greater than or equal to 0'));
      return false;
    }
    return true;
  }

  /** An RFC 3339 timestamp, as Kubernetes' metav1.Time. */
  timestamp(field: string, value: unknown): boolean {
    if (!this.string(field, value)) return false;
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(Date.parse(value))) {
      this.add(invalidValue(field, value, 'must be an RFC 3339 timestamp (e.g. "2006-01-02T15:04:05Z")'));
      return false;
    }
    return true;
  }

  /** An IntOrString holding a port: a number in 1-65535 or an IANA_SVC_NAME. */
  portNumberOrName(field: string, value: unknown, validateName: (name: string) => string | null): boolean {
    if (typeof value === 'number') return this.integer(field, value, { min: 1, max: 65535 });
    if (typeof value === 'string') {
      this.name(field, value, validateName);
      return true;
    }
    if (value === undefined || value === null) this.add(required(field));
    else this.add(invalidValue(field, value, 'must be a port number or name'));
    return false;
  }
}
