/**
 * Kubernetes resource quantities (`500m`, `1.5`, `128Mi`, `1e3`), parsed the way
 * k8s.io/apimachinery's `resource.ParseQuantity` parses them, down to its quirks: `+`, `-` and `.`
 * are zero, `1.G` is 1G, a value is rounded away from zero to the nanounit, BinarySI amounts are
 * capped at 2^63-1, and a quantity already in canonical form keeps its spelling (`+1` stays `+1`).
 *
 * Values are held exactly as a bigint count of nanounits, never as floating point.
 *
 * One deliberate difference: Kubernetes accepts decimal quantities of any size (and then
 * overflows its int64 arithmetic); Capstan rejects those with more than {@link MAX_INTEGER_DIGITS}
 * digits before the point, so that `1e2000000000` cannot make the server build a huge number.
 */
import { invalid } from '../errors.ts';

/** How a quantity prints: `1.5k` → DecimalSI, `1Ki` → BinarySI, `1e3` → DecimalExponent. */
export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

/** A parsed quantity. All values are exact; methods round like Kubernetes' methods of the same name. */
export interface Quantity {
  /** The value in milli-units, rounded away from zero (`1n` → 1, `1.5` → 1500), like `MilliValue()`. */
  milliValue(): bigint;
  /** The value in units, rounded away from zero (`1m` → 1, `1.5` → 2), like `Value()`. */
  value(): bigint;
  /** The value in nanounits: exact, since parsing already rounded to the nanounit. */
  nanoValue(): bigint;
  /** -1, 0 or 1. */
  sign(): number;
  /** -1, 0 or 1 as this quantity is less than, equal to or greater than `other`. */
  cmp(other: Quantity): number;
  readonly format: QuantityFormat;
  /** The canonical form Kubernetes would serialise (`0.5` → `500m`, `1024Mi` → `1Gi`). */
  toString(): string;
}

/** Larger decimal quantities are rejected rather than built (see the module comment). */
export const MAX_INTEGER_DIGITS = 40;

/** Kubernetes' own messages, so users can search for them. */
export const QUANTITY_FORMAT_MESSAGE =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
const SUFFIX_MESSAGE = "unable to parse quantity's suffix";
const NUMERIC_MESSAGE = 'unable to parse numeric part of quantity';
const TOO_LARGE_MESSAGE = `quantity is too large: at most ${MAX_INTEGER_DIGITS} digits before the decimal point are supported`;

const NANO = 1_000_000_000n;
const MAX_INT64 = (1n << 63n) - 1n;
const SUFFIX_CHARS = 'eEinumkKMGTP';
const DECIMAL_SUFFIXES: Record<string, number> = {
  n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18,
};
const BINARY_SUFFIXES: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };
const DECIMAL_SUFFIX_BY_EXPONENT = new Map(Object.entries(DECIMAL_SUFFIXES).map(([s, e]) => [e, s]));
const BINARY_SUFFIX_BY_POWER = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

/**
 * Parses a quantity, or throws CapstanError INVALID naming `field`. Numbers are accepted too,
 * since YAML manifests often say `cpu: 1` or `cpu: 0.5`.
 */
export function parseQuantity(s: string | number, field = 'quantity'): Quantity {
  const result = parse(typeof s === 'number' ? numberToString(s) : s);
  if (typeof result === 'string') throw invalid(field, result);
  return result;
}

/** Whether `s` parses as a quantity. */
export function isValidQuantity(s: string | number): boolean {
  return typeof parse(typeof s === 'number' ? numberToString(s) : s) !== 'string';
}

/** The error message `parseQuantity` would give for `s`, or null when it is valid. */
export function quantityError(s: string | number): string | null {
  const result = parse(typeof s === 'number' ? numberToString(s) : s);
  return typeof result === 'string' ? result : null;
}

/** A quantity of exactly `nanos` nanounits, printed in `format` (sums and differences of quantities). */
export function quantityFromNanos(nanos: bigint, format: QuantityFormat = 'DecimalSI'): Quantity {
  return new ParsedQuantity(nanos, format);
}

/** CPU in millicores, as the scheduler counts it (`500m` → 500n, `1.5` → 1500n). Throws INVALID. */
export function cpuMillis(s: string | number): bigint {
  return parseQuantity(s, 'cpu').milliValue();
}

/** Memory in bytes (`128Mi` → 134217728n, `1G` → 1000000000n). Throws INVALID. */
export function memoryBytes(s: string | number): bigint {
  return parseQuantity(s, 'memory').value();
}

function numberToString(n: number): string {
  // NaN and Infinity print as words, which then fail to parse: the right outcome.
  return String(n);
}

interface Parts {
  positive: boolean;
  /** Integer digits as written, leading zeros included. */
  rawInt: string;
  frac: string;
  suffix: string;
}

/** Returns a Quantity, or the error message. */
function parse(str: string): Quantity | string {
  if (typeof str !== 'string' || str.length === 0) return QUANTITY_FORMAT_MESSAGE;
  if (str === '0') return new ParsedQuantity(0n, 'DecimalSI', '0');
  const parts = splitQuantity(str);
  if (typeof parts === 'string') return parts;
  const suffix = interpretSuffix(parts.suffix);
  if (!suffix) return SUFFIX_MESSAGE;

  const int = parts.rawInt.replace(/^0+/, '');
  // Kubernetes treats an empty integer part as "0" when counting digits.
  const numLength = Math.max(1, int.length);
  let fastPath: boolean;
  if (suffix.base === 10) {
    fastPath = 18 - (numLength + parts.frac.length) >= 0 && suffix.exponent - parts.frac.length >= -9;
  } else {
    fastPath = parts.frac.length === 0 && 15 - numLength - Math.trunc((suffix.exponent * 3) / 10) - 1 >= 0;
  }
  // Off its int64 fast path, Kubernetes re-reads the number with inf.Dec, which needs a digit.
  if (!fastPath && parts.rawInt.length + parts.frac.length === 0) return NUMERIC_MESSAGE;

  let nanos: bigint;
  if (suffix.base === 10) {
    const n = decimalNanos(int, parts.frac, suffix.exponent);
    if (n === null) return TOO_LARGE_MESSAGE;
    nanos = n;
  } else {
    nanos = binaryNanos(int, parts.frac, suffix.exponent);
  }
  if (!parts.positive) nanos = -nanos;

  let format = suffix.format;
  const abs = nanos < 0n ? -nanos : nanos;
  if (format === 'BinarySI' && abs > 0n && abs < NANO) format = 'DecimalSI';

  return new ParsedQuantity(nanos, format, fastPath ? keptSpelling(str, int, parts.frac, suffix) : undefined);
}

/** Splits sign, number and suffix the way Kubernetes' parseQuantityString does. */
function splitQuantity(str: string): Parts | string {
  const end = str.length;
  let pos = 0;
  let positive = true;
  if (str[0] === '-') {
    positive = false;
    pos++;
  } else if (str[0] === '+') {
    pos++;
  }
  const intStart = pos;
  while (pos < end && isDigit(str[pos]!)) pos++;
  const rawInt = str.slice(intStart, pos);
  let frac = '';
  if (pos < end && str[pos] === '.') {
    pos++;
    const fracStart = pos;
    while (pos < end && isDigit(str[pos]!)) pos++;
    frac = str.slice(fracStart, pos);
  }
  const suffixStart = pos;
  while (pos < end && SUFFIX_CHARS.includes(str[pos]!)) pos++;
  if (pos < end && (str[pos] === '+' || str[pos] === '-')) pos++;
  while (pos < end && isDigit(str[pos]!)) pos++;
  if (pos < end) return QUANTITY_FORMAT_MESSAGE;
  return { positive, rawInt, frac, suffix: str.slice(suffixStart) };
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

interface Suffix {
  base: 2 | 10;
  exponent: number;
  format: QuantityFormat;
}

function interpretSuffix(s: string): Suffix | null {
  if (Object.hasOwn(DECIMAL_SUFFIXES, s)) return { base: 10, exponent: DECIMAL_SUFFIXES[s]!, format: 'DecimalSI' };
  if (Object.hasOwn(BINARY_SUFFIXES, s)) return { base: 2, exponent: BINARY_SUFFIXES[s]!, format: 'BinarySI' };
  if (s.length > 1 && (s[0] === 'e' || s[0] === 'E')) {
    const digits = s.slice(1);
    if (!/^[+-]?[0-9]+$/.test(digits)) return null;
    const parsed = BigInt(digits);
    if (parsed > MAX_INT64 || parsed < -MAX_INT64 - 1n) return null;
    // Kubernetes parses an int64 and then keeps only its low 32 bits.
    return { base: 10, exponent: Number(BigInt.asIntN(32, parsed)), format: 'DecimalExponent' };
  }
  return null;
}

/**
 * |int.frac| × 10^exponent in nanounits, rounded away from zero, computed by moving the decimal
 * point in the digit string so that huge or tiny exponents cost nothing. Null when too large.
 */
function decimalNanos(int: string, frac: string, exponent: number): bigint | null {
  let digits = int + frac;
  // `point` = how many of `digits` stand before the decimal point (may be <0 or >length).
  let point = int.length + exponent;
  const leadingZeros = digits.length - digits.replace(/^0+/, '').length;
  digits = digits.slice(leadingZeros);
  point -= leadingZeros;
  if (digits.length === 0) return 0n;
  if (point > MAX_INTEGER_DIGITS) return null;
  const keep = point + 9;
  // Any non-zero amount below a nanounit rounds up to one: "if you want some, you get some".
  if (keep <= 0) return 1n;
  if (keep >= digits.length) return BigInt(digits + '0'.repeat(keep - digits.length));
  const dropped = digits.slice(keep);
  return BigInt(digits.slice(0, keep)) + (/[1-9]/.test(dropped) ? 1n : 0n);
}

/** |int.frac| × 2^exponent in nanounits, rounded away from zero, capped at 2^63-1 units. */
function binaryNanos(int: string, frac: string, exponent: number): bigint {
  const cap = MAX_INT64 * NANO;
  // 10^25 units exceed 2^63 whatever the suffix: Kubernetes caps them.
  if (int.length > 25) return cap;
  // Digits past the 70th cannot change the result beyond "is anything left?" (2^60·10^9 < 10^28).
  const kept = frac.slice(0, 70);
  const sticky = /[1-9]/.test(frac.slice(70));
  const scaled = BigInt((int + kept) || '0') * (1n << BigInt(exponent)) * NANO;
  const divisor = 10n ** BigInt(kept.length);
  let nanos = scaled / divisor;
  if (scaled % divisor !== 0n || sticky) nanos += 1n;
  return nanos > cap ? cap : nanos;
}

/**
 * Kubernetes keeps the string as written when its int64 fast path sees it is already canonical;
 * this returns that string, or undefined when the canonical form must be computed.
 */
function keptSpelling(str: string, int: string, frac: string, suffix: Suffix): string | undefined {
  const shifted = (int || '0') + frac;
  if (suffix.base === 2) {
    return Number(shifted) % 8 !== 0 ? str : undefined;
  }
  const scale = suffix.exponent - frac.length;
  return scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0' ? str : undefined;
}

class ParsedQuantity implements Quantity {
  constructor(
    private readonly nanos: bigint,
    readonly format: QuantityFormat,
    private readonly spelling?: string,
  ) {}

  nanoValue(): bigint {
    return this.nanos;
  }

  milliValue(): bigint {
    return divideAwayFromZero(this.nanos, 1_000_000n);
  }

  value(): bigint {
    return divideAwayFromZero(this.nanos, NANO);
  }

  sign(): number {
    return this.nanos > 0n ? 1 : this.nanos < 0n ? -1 : 0;
  }

  cmp(other: Quantity): number {
    const o = other.nanoValue();
    return this.nanos > o ? 1 : this.nanos < o ? -1 : 0;
  }

  toString(): string {
    return this.spelling ?? canonicalQuantity(this.nanos, this.format);
  }
}

function divideAwayFromZero(n: bigint, d: bigint): bigint {
  const q = n / d;
  if (n % d === 0n) return q;
  return n > 0n ? q + 1n : q - 1n;
}

/** Kubernetes' CanonicalizeBytes: the shortest exact form with an exponent that is a multiple of 3 (or 10 for BinarySI). */
function canonicalQuantity(nanos: bigint, format: QuantityFormat): string {
  if (nanos === 0n) return '0';
  const abs = nanos < 0n ? -nanos : nanos;
  if (format === 'BinarySI' && abs >= 1024n * NANO && nanos % NANO === 0n) {
    let mantissa = nanos / NANO;
    let power = 0;
    while ((mantissa < 0n ? -mantissa : mantissa) >= 1024n && mantissa % 1024n === 0n) {
      mantissa /= 1024n;
      power++;
    }
    return `${mantissa}${BINARY_SUFFIX_BY_POWER[power]}`;
  }
  let mantissa = nanos;
  let exponent = -9;
  while (mantissa % 10n === 0n) {
    mantissa /= 10n;
    exponent++;
  }
  while (exponent % 3 !== 0) {
    mantissa *= 10n;
    exponent--;
  }
  if (format === 'DecimalExponent') return exponent === 0 ? `${mantissa}` : `${mantissa}e${exponent}`;
  if (exponent > 18) {
    // Past "E" there is no SI suffix; Kubernetes would print a wrong number here.
    mantissa *= 10n ** BigInt(exponent - 18);
    exponent = 18;
  }
  return `${mantissa}${DECIMAL_SUFFIX_BY_EXPONENT.get(exponent)}`;
}
