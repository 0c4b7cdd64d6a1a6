/**
 * The name rules of Kubernetes (k8s.io/apimachinery/pkg/util/validation), with its messages so
 * that users can search for them. Each validator returns null when the value is valid, else one
 * message (several problems joined with "; ", as Kubernetes joins them).
 */

const DNS1123_LABEL = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_SUBDOMAIN = `${DNS1123_LABEL}(\\.${DNS1123_LABEL})*`;
const DNS1035_LABEL = '[a-z]([-a-z0-9]*[a-z0-9])?';
const QUALIFIED_NAME_PART = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_VALUE = `(${QUALIFIED_NAME_PART})?`;
const ENV_VAR_NAME = '[-._a-zA-Z][-._a-zA-Z0-9]*';
const CONFIG_MAP_KEY = '[-._a-zA-Z0-9]+';
const PERCENT = '[0-9]+%';

const dns1123LabelRe = new RegExp(`^${DNS1123_LABEL}$`);
const dns1123SubdomainRe = new RegExp(`^${DNS1123_SUBDOMAIN}$`);
const dns1035LabelRe = new RegExp(`^${DNS1035_LABEL}$`);
const qualifiedNamePartRe = new RegExp(`^${QUALIFIED_NAME_PART}$`);
const labelValueRe = new RegExp(`^${LABEL_VALUE}$`);
const envVarNameRe = new RegExp(`^${ENV_VAR_NAME}$`);
const configMapKeyRe = new RegExp(`^${CONFIG_MAP_KEY}$`);
const percentRe = new RegExp(`^${PERCENT}$`);

export const DNS1123_LABEL_MAX_LENGTH = 63;
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
export const QUALIFIED_NAME_MAX_LENGTH = 63;
export const LABEL_VALUE_MAX_LENGTH = 63;
/** Kubernetes' TotalAnnotationSizeLimitB: the sum of the lengths of all keys and values. */
export const TOTAL_ANNOTATION_SIZE_LIMIT = 256 * 1024;

/** Kubernetes' RegexError: the rule, examples, and the regex itself. */
function regexError(rule: string, regex: string, ...examples: string[]): string {
  const eg = examples.length ? ` (e.g. ${examples.map((e) => `'${e}'`).join(',  or ')}, regex used for validation is '${regex}')` : ` (regex used for validation is '${regex}')`;
  return rule + eg;
}

export function maxLengthError(max: number): string {
  return `must be no more than ${max} characters`;
}

function joined(errors: string[]): string | null {
  return errors.length ? errors.join('; ') : null;
}

/** Byte length as Go measures strings, so limits agree with Kubernetes for non-ASCII text. */
export function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** RFC 1123 label: Namespace names, container and port names, and most single-segment names. */
export function validateDNS1123Label(value: string): string | null {
  const errors: string[] = [];
  if (value.length > DNS1123_LABEL_MAX_LENGTH) errors.push(maxLengthError(DNS1123_LABEL_MAX_LENGTH));
  if (!dns1123LabelRe.test(value)) {
    errors.push(
      regexError(
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
        DNS1123_LABEL,
        'my-name',
        '123-abc',
      ),
    );
  }
  return joined(errors);
}

/** RFC 1123 subdomain: the names of most kinds (Pod, Node, Deployment, Secret, …). */
export function validateDNS1123Subdomain(value: string): string | null {
  const errors: string[] = [];
  if (value.length > DNS1123_SUBDOMAIN_MAX_LENGTH) errors.push(maxLengthError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!dns1123SubdomainRe.test(value)) {
    errors.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        DNS1123_SUBDOMAIN,
        'example.com',
      ),
    );
  }
  return joined(errors);
}

/** RFC 1035 label (must start with a letter): Kubernetes' rule for Service names. */
export function validateDNS1035Label(value: string): string | null {
  const errors: string[] = [];
  if (value.length > DNS1123_LABEL_MAX_LENGTH) errors.push(maxLengthError(DNS1123_LABEL_MAX_LENGTH));
  if (!dns1035LabelRe.test(value)) {
    errors.push(
      regexError(
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
        DNS1035_LABEL,
        'my-name',
        'abc-123',
      ),
    );
  }
  return joined(errors);
}

/**
 * A qualified name: an optional DNS subdomain prefix and '/', then a name of at most 63
 * characters. Label keys, annotation keys, finalizers, taint and toleration keys use it.
 */
export function validateQualifiedName(value: string): string | null {
  const errors: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) {
    name = parts[0]!;
  } else if (parts.length === 2) {
    const prefix = parts[0]!;
    name = parts[1]!;
    if (prefix.length === 0) {
      errors.push('prefix part must be non-empty');
    } else {
      const prefixError = validateDNS1123Subdomain(prefix);
      if (prefixError) errors.push(`prefix part ${prefixError}`);
    }
  } else {
    return regexError(
      "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
      QUALIFIED_NAME_PART,
      'MyName',
      'my.name',
      '123-abc',
    ).replace(/\)$/, ") with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
  }
  if (name.length === 0) {
    errors.push('name part must be non-empty');
  } else if (name.length > QUALIFIED_NAME_MAX_LENGTH) {
    errors.push(`name part ${maxLengthError(QUALIFIED_NAME_MAX_LENGTH)}`);
  }
  if (name.length > 0 && !qualifiedNamePartRe.test(name)) {
    errors.push(
      'name part ' +
        regexError(
          "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
          QUALIFIED_NAME_PART,
          'MyName',
          'my.name',
          '123-abc',
        ),
    );
  }
  return joined(errors);
}

/** Label keys are qualified names. */
export function validateLabelKey(key: string): string | null {
  return validateQualifiedName(key);
}

/** Label values: at most 63 characters, may be empty. */
export function validateLabelValue(value: string): string | null {
  const errors: string[] = [];
  if (value.length > LABEL_VALUE_MAX_LENGTH) errors.push(maxLengthError(LABEL_VALUE_MAX_LENGTH));
  if (!labelValueRe.test(value)) {
    errors.push(
      regexError(
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        LABEL_VALUE,
        'MyValue',
        'my_value',
        '12345',
      ),
    );
  }
  return joined(errors);
}

/** Annotation keys are qualified names, checked case-insensitively as Kubernetes does. */
export function validateAnnotationKey(key: string): string | null {
  return validateQualifiedName(key.toLowerCase());
}

/** The total size of annotations (keys plus values, in bytes) is limited to 256 KiB. */
export function validateAnnotationsSize(annotations: Record<string, string>): string | null {
  let total = 0;
  for (const [k, v] of Object.entries(annotations)) total += byteLength(k) + byteLength(String(v));
  return total > TOTAL_ANNOTATION_SIZE_LIMIT ? `must have at most ${TOTAL_ANNOTATION_SIZE_LIMIT} bytes` : null;
}

/** Environment variable names, as Kubernetes allows them (`[-._a-zA-Z][-._a-zA-Z0-9]*`, not `.`/`..`). */
export function validateEnvVarName(name: string): string | null {
  const errors: string[] = [];
  if (!envVarNameRe.test(name)) {
    errors.push(
      regexError(
        "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit",
        ENV_VAR_NAME,
        'my.env-name',
        'MY_ENV.NAME',
        'MyEnvName1',
      ),
    );
  }
  errors.push(...relativePathErrors(name));
  return joined(errors);
}

/** Keys of ConfigMap and Secret data (they become file names, hence no `.`/`..`). */
export function validateConfigMapKey(key: string): string | null {
  const errors: string[] = [];
  if (key.length > DNS1123_SUBDOMAIN_MAX_LENGTH) errors.push(maxLengthError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!configMapKeyRe.test(key)) {
    errors.push(
      regexError("a valid config key must consist of alphanumeric characters, '-', '_' or '.'", CONFIG_MAP_KEY, 'key.name', 'KEY_NAME', 'key-name'),
    );
  }
  errors.push(...relativePathErrors(key));
  return joined(errors);
}

function relativePathErrors(value: string): string[] {
  if (value === '.') return ["must not be '.'"];
  if (value === '..') return ["must not be '..'"];
  if (value.startsWith('..')) return ["must not start with '..'"];
  return [];
}

/** IANA_SVC_NAME, the rule for named ports: ≤15 lowercase alphanumerics and '-', with a letter. */
export function validatePortName(name: string): string | null {
  const errors: string[] = [];
  if (name.length > 15) errors.push(maxLengthError(15));
  if (!/^[-a-z0-9]+$/.test(name)) errors.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(name)) errors.push('must contain at least one letter (a-z)');
  if (name.includes('--')) errors.push('must not contain consecutive hyphens');
  if (name.length > 0 && (name.startsWith('-') || name.endsWith('-'))) errors.push('must not begin or end with a hyphen');
  return joined(errors);
}

/** Percent strings of IntOrString fields (`25%`). */
export function validatePercent(value: string): string | null {
  if (percentRe.test(value)) return null;
  return regexError("a valid percent string must be a numeric string followed by an ending '%'", PERCENT, '1%', '93%');
}

/**
 * The name validator Kubernetes applies to `generateName`: the same rule with a trailing '-'
 * ignored, since a random suffix follows it.
 */
export function validateNamePrefix(prefix: string, validate: (name: string) => string | null): string | null {
  const masked = prefix.length > 1 && prefix.endsWith('-') ? prefix.slice(0, -1) : prefix;
  return validate(masked);
}
