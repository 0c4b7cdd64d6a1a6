import { describe, expect, it } from 'vitest';
import { isIPv4, isIPv4CIDR } from './ip-address.ts';

describe('isIPv4', () => {
  it.each([
    ['127.64.0.1', true],
    ['10.0.0.255', true],
    ['0.0.0.0', true],
    ['256.0.0.1', false],
    ['1.2.3', false],
    ['01.2.3.4', false],
    ['::1', false],
    ['', false],
  ])('%j is %s', (ip, ok) => {
    expect(isIPv4(ip)).toBe(ok);
  });
});

describe('isIPv4CIDR', () => {
  it.each([
    ['127.64.1.0/24', true],
    ['10.0.0.0/8', true],
    ['10.0.0.0/33', false],
    ['10.0.0.0', false],
    ['10.0.0/8', false],
  ])('%j is %s', (cidr, ok) => {
    expect(isIPv4CIDR(cidr)).toBe(ok);
  });
});
