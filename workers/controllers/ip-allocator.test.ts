import { describe, expect, it } from 'vitest';
import { allocateIP, allocateNodePort, allocateSubnet, cidrContains, CLUSTER_POD_CIDR, ipToNumber, numberToIP, SERVICE_CIDR } from './ip-allocator.ts';

describe('ip-allocator', () => {
  it('converts addresses to numbers and back', () => {
    expect(numberToIP(ipToNumber('127.32.1.2'))).toBe('127.32.1.2');
    expect(numberToIP(ipToNumber('255.255.255.255'))).toBe('255.255.255.255');
  });

  it('allocates service IPs inside the range, never .0, .255 or the first address', () => {
    for (let i = 0; i < 200; i++) {
      const ip = allocateIP(SERVICE_CIDR, new Set())!;
      expect(cidrContains(SERVICE_CIDR, ip)).toBe(true);
      expect(ip.endsWith('.0') || ip.endsWith('.255') || ip === '127.32.0.1').toBe(false);
    }
    expect(allocateIP(SERVICE_CIDR, new Set(), () => 0)).toBe('127.32.0.2');
  });

  it('walks past used addresses and reports exhaustion', () => {
    expect(allocateIP(SERVICE_CIDR, new Set(['127.32.0.2', '127.32.0.3']), () => 0)).toBe('127.32.0.4');
    const used = new Set<string>();
    for (let i = 0; i < 256; i++) used.add(`127.0.0.${i}`);
    expect(allocateIP('127.0.0.0/24', used)).toBeUndefined();
  });

  it('allocates /24 blocks of the pod range', () => {
    expect(allocateSubnet(CLUSTER_POD_CIDR, 24, new Set(), () => 0)).toBe('127.64.0.0/24');
    expect(allocateSubnet(CLUSTER_POD_CIDR, 24, new Set(['127.64.0.0/24']), () => 0)).toBe('127.64.1.0/24');
    expect(allocateSubnet(CLUSTER_POD_CIDR, 24, new Set(), (n) => n - 1)).toBe('127.127.255.0/24');
  });

  it('allocates node ports in 30000-32767', () => {
    expect(allocateNodePort(new Set([30000]), () => 0)).toBe(30001);
    expect(allocateNodePort(new Set(), (n) => n - 1)).toBe(32767);
  });
});
