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

  // The edges of every range: the first and last address inside, the first outside.
  it.each([
    ['0.255.255.255', true],
    ['1.0.0.0', false],
    ['9.255.255.255', false],
    ['10.255.255.255', true],
    ['11.0.0.0', false],
    ['100.63.255.255', false],
    ['100.127.255.255', true],
    ['126.255.255.255', false],
    ['128.0.0.0', false],
    ['169.253.255.255', false],
    ['169.255.0.0', false],
    ['172.15.255.255', false],
    ['192.0.0.255', true],
    ['192.0.1.0', false],
    ['192.167.255.255', false],
    ['192.169.0.0', false],
    ['198.17.255.255', false],
    ['198.19.255.255', true],
    ['198.20.0.0', false],
    ['223.255.255.255', false],
    ['256.1.1.1', false],
    ['1.2.3', false],
    ['::2', true], // ::/96, the retired IPv4-compatible block: reserved
    ['::0.0.0.1', true],
    ['::ffff:10.0.0.1', true],
    ['::ffff:0a00:0001', true],
    ['::fffe:7f00:1', false],
    ['64:ff9b::8.8.8.8', false],
    ['64:ff9a::7f00:1', false],
    ['fc00::1', true],
    ['fbff::1', false],
    ['fe00::1', false],
    ['febf::1', true],
    ['fec0::1', false],
    ['ff00::', true],
    ['feff::1', false],
    ['2001:db8::1', false],
    ['[2001:db8::1]', false],
    ['1::', false],
    ['::', true],
    ['0:0:0:0:0:0:0:1', true],
    ['0:0:0:0:0:0:0:2', true],
    ['0:0:0:0:0:1:0:1', false],
    ['a:b', false],
    ['1:2:3:4:5:6:7:8', false],
  ])('edge %s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  it('names localhost and its subdomains as this machine', () => {
    expect(isLocalHostName('localhost')).toBe(true);
    expect(isLocalHostName('LOCALHOST.')).toBe(true);
    expect(isLocalHostName('api.localhost')).toBe(true);
    expect(isLocalHostName('localhost.example.com')).toBe(false);
  });
});
