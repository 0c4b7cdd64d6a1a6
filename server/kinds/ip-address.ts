/**
 * IPv4 addresses and CIDRs as Capstan uses them: Pod and Service addresses live in 127.0.0.0/8,
 * so unlike Kubernetes, loopback addresses are valid here.
 */

const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const ipv4Re = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);

/** Dotted-quad IPv4, without leading zeros (Go's net.ParseIP rejects `010.0.0.1` too). */
export function isIPv4(value: string): boolean {
  return ipv4Re.test(value);
}

/** An IPv4 CIDR such as `127.64.1.0/24`. */
export function isIPv4CIDR(value: string): boolean {
  const slash = value.indexOf('/');
  if (slash < 0) return false;
  const bits = value.slice(slash + 1);
  return isIPv4(value.slice(0, slash)) && /^(3[0-2]|[12]?[0-9])$/.test(bits);
}

/** Whether IPv4 `ip` lies in IPv4 `cidr` (both assumed valid). */
export function ipv4InCIDR(ip: string, cidr: string): boolean {
  const toNumber = (a: string) => a.split('.').reduce((n, o) => n * 256 + Number(o), 0);
  const [base, bits] = cidr.split('/') as [string, string];
  const size = 2 ** (32 - Number(bits));
  const start = Math.floor(toNumber(base) / size) * size;
  const n = toNumber(ip);
  return n >= start && n < start + size;
}
