/**
 * Address ranges of DESIGN §6 and picking a free value in them. Pure: callers collect what is in
 * use from the store and make the choice stick with the claim protocol of claim-then-check
 * (see service-ip.ts and node-lifecycle-pod-cidr.ts).
 *
 * A pick starts at a random place in the range and walks on from there, so that two workers
 * choosing at the same moment rarely choose the same value and the claim check rarely has to
 * send one of them round again.
 */
import { NODE_PORT_RANGE } from '../../server/kinds/service.ts';

/** Service cluster IPs: 127.32.0.0/12, defined once beside the Service validation that checks it. */
export { SERVICE_CIDR } from '../../server/kinds/service.ts';
/** Pod addresses: 127.64.0.0/10, one /24 per node. */
export const CLUSTER_POD_CIDR = '127.64.0.0/10';
export const NODE_POD_CIDR_BITS = 24;

export function ipToNumber(ip: string): number {
  const parts = ip.split('.').map(Number);
  return ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8) + parts[3]!;
}

export function numberToIP(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function parseCIDR(cidr: string): { base: number; bits: number; size: number } {
  const [ip, bits] = cidr.split('/');
  const b = Number(bits);
  const size = 2 ** (32 - b);
  const base = Math.floor(ipToNumber(ip!) / size) * size;
  return { base, bits: b, size };
}

export function cidrContains(cidr: string, ip: string): boolean {
  const { base, size } = parseCIDR(cidr);
  const n = ipToNumber(ip);
  return n >= base && n < base + size;
}

export type RandomInt = (maxExclusive: number) => number;
const defaultRandom: RandomInt = (max) => Math.floor(Math.random() * max);

/** The first of `count` candidates, from a random start, that `taken` refuses; undefined when all are. */
function pick(count: number, candidate: (i: number) => string | number | undefined, taken: (v: string | number) => boolean, random: RandomInt) {
  const start = random(count);
  for (let step = 0; step < count; step++) {
    const v = candidate((start + step) % count);
    if (v !== undefined && !taken(v)) return v;
  }
  return undefined;
}

/**
 * A free IP of `cidr` for a Service. Addresses ending in .0 or .255 are skipped (they look like
 * network and broadcast addresses to tools that assume /24s), as are the range's first address
 * (Kubernetes gives it to the `kubernetes` Service) and last.
 */
export function allocateIP(cidr: string, used: ReadonlySet<string>, random: RandomInt = defaultRandom): string | undefined {
  const { base, size } = parseCIDR(cidr);
  const ip = pick(
    size,
    (i) => {
      const low = (base + i) & 255;
      if (i <= 1 || i === size - 1 || low === 0 || low === 255) return undefined;
      return numberToIP(base + i);
    },
    (v) => used.has(v as string),
    random,
  );
  return ip as string | undefined;
}

/** A free /`bits` block of `cidr` (e.g. a node's /24 of the pod range). */
export function allocateSubnet(cidr: string, bits: number, used: ReadonlySet<string>, random: RandomInt = defaultRandom): string | undefined {
  const { base, size } = parseCIDR(cidr);
  const blockSize = 2 ** (32 - bits);
  const block = pick(size / blockSize, (i) => `${numberToIP(base + i * blockSize)}/${bits}`, (v) => used.has(v as string), random);
  return block as string | undefined;
}

/** A free NodePort in 30000–32767. */
export function allocateNodePort(used: ReadonlySet<number>, random: RandomInt = defaultRandom): number | undefined {
  const count = NODE_PORT_RANGE.max - NODE_PORT_RANGE.min + 1;
  return pick(count, (i) => NODE_PORT_RANGE.min + i, (v) => used.has(v as number), random) as number | undefined;
}
