import { isLocalHostName, isPrivateAddress, type GroupChannelKind } from '@luoshi/common';
import { AppException } from '../../core/http/app.exception';

const KIND_NAMES: Record<GroupChannelKind, [zh: string, en: string]> = {
  dingtalk: ['钉钉机器人', 'DingTalk robot'],
  wecom: ['企业微信机器人', 'WeCom robot'],
  feishu: ['飞书机器人', 'Feishu robot'],
  webhook: ['Webhook ', 'webhook'],
};

function refuse(kind: GroupChannelKind, reasonZh: string, reason: string): AppException {
  const [kindZh, kindEn] = KIND_NAMES[kind];
  return new AppException(400, 'channels.url_invalid', { kind: kindEn, kindZh, reason, reasonZh });
}

/**
 * Checks a robot's address has what its platform needs, so a typo is caught when it is saved, and
 * (unless `privateHosts` is `allow`) that it does not name this machine or a private network. A
 * name that resolves to one is refused by the worker when it sends.
 */
export function checkChannelUrl(kind: GroupChannelKind, raw: string, privateHosts: 'deny' | 'allow'): string {
  const value = raw.trim();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw refuse(kind, '不是有效的网址', 'not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refuse(kind, '必须以 http:// 或 https:// 开头', 'it must start with http:// or https://');
  if (url.username || url.password) throw refuse(kind, '网址中不能包含用户名或密码', 'it must not contain a user name or password');
  if (privateHosts === 'deny' && (isPrivateAddress(url.hostname) || isLocalHostName(url.hostname))) {
    throw refuse(kind, '不能指向本机或内网地址', 'it must not point at this machine or a private network');
  }
  if (kind === 'dingtalk' && !url.searchParams.get('access_token')) throw refuse(kind, '缺少 access_token 参数', 'the access_token parameter is missing');
  if (kind === 'wecom' && !url.searchParams.get('key')) throw refuse(kind, '缺少 key 参数', 'the key parameter is missing');
  if (kind === 'feishu' && !/\/hook\/[^/]+$/.test(url.pathname)) throw refuse(kind, '应为 …/bot/v2/hook/<令牌> 形式', 'it should look like …/bot/v2/hook/<token>');
  return value;
}

function maskToken(token: string): string {
  return token.length <= 4 ? '****' : `${token.slice(0, 4)}****`;
}

/** The address with every query value and a long last path segment masked: what the API returns. */
export function maskChannelUrl(raw: string): string {
  try {
    const url = new URL(raw);
    const segments = url.pathname.split('/');
    const last = segments[segments.length - 1] ?? '';
    if (last.length > 12) segments[segments.length - 1] = maskToken(last);
    const query = [...url.searchParams.entries()].map(([k, v]) => `${k}=${maskToken(v)}`).join('&');
    return `${url.origin}${segments.join('/')}${query ? `?${query}` : ''}`;
  } catch {
    return '****';
  }
}

export function secretHint(secret: string | null): string | null {
  if (!secret) return null;
  return secret.startsWith('SEC') ? 'SEC****' : '****';
}
