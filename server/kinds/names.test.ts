import { describe, expect, it } from 'vitest';
import {
  validateAnnotationKey,
  validateAnnotationsSize,
  validateConfigMapKey,
  validateDNS1035Label,
  validateDNS1123Label,
  validateDNS1123Subdomain,
  validateEnvVarName,
  validateLabelKey,
  validateLabelValue,
  validateNamePrefix,
  validatePercent,
  validatePortName,
} from './names.ts';

type Validator = (s: string) => string | null;

function table(name: string, validator: Validator, valid: string[], invalid: Array<[string, string]>) {
  describe(name, () => {
    it.each(valid.map((v) => [v]))('accepts %j', (v) => {
      expect(validator(v)).toBeNull();
    });
    it.each(invalid)('rejects %j: %s', (v, message) => {
      expect(validator(v)).toContain(message);
    });
  });
}

table(
  'validateDNS1123Subdomain',
  validateDNS1123Subdomain,
  ['a', 'web', 'web-1', 'example.com', '1.2.3', 'a'.repeat(253)],
  [
    ['', 'a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters'],
    ['Web', "regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*'"],
    ['web_1', 'must start and end with an alphanumeric character'],
    ['-web', 'lowercase RFC 1123 subdomain'],
    ['web.', 'lowercase RFC 1123 subdomain'],
    ['a..b', 'lowercase RFC 1123 subdomain'],
    ['a'.repeat(254), 'must be no more than 253 characters'],
  ],
);

table(
  'validateDNS1123Label',
  validateDNS1123Label,
  ['default', 'kube-system', '123-abc', 'a'.repeat(63)],
  [
    ['my.ns', "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-'"],
    ['Prod', 'e.g. \'my-name\',  or \'123-abc\''],
    ['a'.repeat(64), 'must be no more than 63 characters'],
    ['', 'lowercase RFC 1123 label'],
  ],
);

table(
  'validateDNS1035Label',
  validateDNS1035Label,
  ['web', 'my-svc', 'a1'],
  [
    ['1web', 'a DNS-1035 label must consist of lower case alphanumeric characters or \'-\', start with an alphabetic character'],
    ['web.svc', 'DNS-1035 label'],
  ],
);

table(
  'validateLabelKey',
  validateLabelKey,
  ['app', 'App_Name.v2', 'example.com/app', 'app.kubernetes.io/name', 'a'.repeat(63), `${'a'.repeat(253)}/x`],
  [
    ['', 'name part must be non-empty'],
    ['/app', 'prefix part must be non-empty'],
    ['example.com/', 'name part must be non-empty'],
    ['Example.com/app', 'prefix part a lowercase RFC 1123 subdomain'],
    ['a/b/c', "a qualified name must consist of alphanumeric characters, '-', '_' or '.'"],
    ['a/b/c', "with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"],
    ['-app', "name part must consist of alphanumeric characters, '-', '_' or '.'"],
    ['has space', 'name part must consist of'],
    ['a'.repeat(64), 'name part must be no more than 63 characters'],
  ],
);

table(
  'validateLabelValue',
  validateLabelValue,
  ['', 'web', 'v1.2.3', 'My_Value', 'a'.repeat(63)],
  [
    ['-web', 'a valid label must be an empty string or consist of alphanumeric characters'],
    ['a b', 'a valid label must be an empty string'],
    ['web/1', 'a valid label must be an empty string'],
    ['a'.repeat(64), 'must be no more than 63 characters'],
  ],
);

table(
  'validateAnnotationKey',
  validateAnnotationKey,
  ['kubernetes.io/change-cause', 'Example.COM/Note', 'note'],
  [['a b', 'name part must consist of']],
);

table(
  'validateEnvVarName',
  validateEnvVarName,
  ['PATH', 'my.env-name', 'MY_ENV.NAME', 'MyEnvName1', '_x', '-x', '.x'],
  [
    ['1ABC', 'a valid environment variable name must consist of alphabetic characters, digits'],
    ['A B', 'must not start with a digit'],
    ['A=B', 'a valid environment variable name'],
    ['.', "must not be '.'"],
    ['..', "must not be '..'"],
    ['..x', "must not start with '..'"],
    ['', 'a valid environment variable name'],
  ],
);

table(
  'validateConfigMapKey',
  validateConfigMapKey,
  ['key.name', 'KEY_NAME', 'key-name', 'app.properties', '.hidden'],
  [
    ['a/b', "a valid config key must consist of alphanumeric characters, '-', '_' or '.'"],
    ['a b', 'a valid config key'],
    ['..', "must not be '..'"],
    ['a'.repeat(254), 'must be no more than 253 characters'],
  ],
);

table(
  'validatePortName',
  validatePortName,
  ['http', 'http-alt', 'h2c', 'a1', 'metrics-9090'],
  [
    ['HTTP', 'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'],
    ['8080', 'must contain at least one letter (a-z)'],
    ['a--b', 'must not contain consecutive hyphens'],
    ['-http', 'must not begin or end with a hyphen'],
    ['http-', 'must not begin or end with a hyphen'],
    ['a-very-long-port-name', 'must be no more than 15 characters'],
    ['http_2', 'must contain only alpha-numeric characters'],
  ],
);

table(
  'validatePercent',
  validatePercent,
  ['0%', '25%', '100%', '150%'],
  [
    ['25', "a valid percent string must be a numeric string followed by an ending '%'"],
    ['%', 'a valid percent string'],
    ['2.5%', 'a valid percent string'],
  ],
);

describe('validateNamePrefix', () => {
  it('ignores the trailing dash of a generateName, which a random suffix follows', () => {
    expect(validateNamePrefix('web-', validateDNS1123Subdomain)).toBeNull();
    expect(validateNamePrefix('Web-', validateDNS1123Subdomain)).toContain('lowercase RFC 1123 subdomain');
  });
});

describe('validateAnnotationsSize', () => {
  it('allows 256 KiB of keys and values in total', () => {
    expect(validateAnnotationsSize({ a: 'x'.repeat(256 * 1024 - 1) })).toBeNull();
  });

  it('rejects more, counting bytes rather than characters', () => {
    expect(validateAnnotationsSize({ a: 'x'.repeat(256 * 1024) })).toBe('must have at most 262144 bytes');
    expect(validateAnnotationsSize({ a: 'é'.repeat(128 * 1024) })).toBe('must have at most 262144 bytes');
  });
});
