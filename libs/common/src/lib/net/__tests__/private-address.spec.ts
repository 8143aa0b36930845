import { describe, expect, it } from 'vitest';
import { isLocalHostName, isPrivateAddress } from '../private-address';

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.255.255.254', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.10', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['100.128.0.1', false],
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['255.255.255.255', true],
    ['198.18.0.1', true],
    ['8.8.8.8', false],
    ['203.119.1.1', false],
    ['::1', true],
    ['[::1]', true],
    ['::', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['::ffff:8.8.8.8', false],
    ['64:ff9b::10.0.0.1', true],
    ['fd00::1', true],
    ['fe80::1%eth0', true],
    ['ff02::1', true],
    ['2001:4860:4860::8888', false],
    ['oapi.dingtalk.com', false],
  ])('%s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  it('names localhost and its subdomains as this machine', () => {
    expect(isLocalHostName('localhost')).toBe(true);
    expect(isLocalHostName('LOCALHOST.')).toBe(true);
    expect(isLocalHostName('api.localhost')).toBe(true);
    expect(isLocalHostName('localhost.example.com')).toBe(false);
  });
});
