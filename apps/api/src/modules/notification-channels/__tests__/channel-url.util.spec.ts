import { describe, expect, it } from 'vitest';
import { AppException } from '../../../core/http/app.exception';
import { checkChannelUrl } from '../channel-url.util';

function reason(url: string, privateHosts: 'deny' | 'allow'): string | null {
  try {
    checkChannelUrl('webhook', url, privateHosts);
    return null;
  } catch (error) {
    if (!(error instanceof AppException)) throw error;
    return String(error.params['reasonZh'] ?? '');
  }
}

describe('checkChannelUrl and private networks', () => {
  it.each([
    'http://127.0.0.1:6379/',
    'http://localhost:5432/',
    'http://2130706433/', // 127.0.0.1 written as one number: the URL parser normalizes it
    'http://0x7f.1/',
    'http://[::1]:3000/',
    'http://[::ffff:127.0.0.1]/',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.8/hook',
    'http://192.168.1.1/',
    'https://api.localhost/',
  ])('refuses %s by default', (url) => {
    expect(reason(url, 'deny')).toBe('不能指向本机或内网地址');
  });

  it('takes a public address, and a private one when the deployment allows it', () => {
    expect(reason('https://hooks.example.com/luoshi', 'deny')).toBeNull();
    expect(reason('https://203.0.113.9/luoshi', 'deny')).toBeNull();
    expect(reason('http://127.0.0.1:8080/hook', 'allow')).toBeNull();
  });
});
