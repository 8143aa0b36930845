import { isLocalHostName, isPrivateAddress } from '@luoshi/common';
import type { Environment } from '@luoshi/config';
import { lookup } from 'node:dns/promises';

/** What a robot endpoint answered. */
export interface PostReply {
  status: number;
  text: string;
}

type PostSettings = Pick<Environment, 'DELIVERY_TIMEOUT_MS' | 'CHANNEL_PRIVATE_HOSTS'>;

/**
 * Refuses an address that names, or resolves to, this machine or a private network unless the
 * deployment allows it: the API checks literal addresses when a channel is saved, this catches a
 * public-looking name that points inside.
 */
async function refusePrivateHost(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isLocalHostName(host)) throw new Error(`Refused: ${host} is this machine (set CHANNEL_PRIVATE_HOSTS=allow for an intranet robot)`);
  const addresses = isPrivateAddress(host) ? [{ address: host }] : await lookup(host, { all: true, verbatim: true });
  const inside = addresses.find((a) => isPrivateAddress(a.address));
  if (inside) throw new Error(`Refused: ${host} resolves to the private address ${inside.address} (set CHANNEL_PRIVATE_HOSTS=allow for an intranet robot)`);
}

/**
 * POSTs JSON and returns the answer; a non-2xx status is an error worth retrying. Timeouts abort
 * the call so a hung endpoint cannot hold a worker slot; redirects are refused (they could lead
 * past the private-network check).
 */
export async function postJson(url: string, body: string, headers: Record<string, string>, settings: PostSettings): Promise<PostReply> {
  if (settings.CHANNEL_PRIVATE_HOSTS !== 'allow') await refusePrivateHost(new URL(url));
  const timeoutMs = settings.DELIVERY_TIMEOUT_MS;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body,
    signal: AbortSignal.timeout(timeoutMs),
    redirect: 'error',
  });
  const text = await res.text();
  if (res.status < 200 || res.status >= 300) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  return { status: res.status, text };
}

/** Robots answer 200 with an error code in the body; `codeField` names it (errcode, code). */
export function requireZeroCode(platform: string, reply: PostReply, codeFields: string[]): void {
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(reply.text) as Record<string, unknown>;
  } catch {
    throw new Error(`${platform}: the answer is not JSON: ${reply.text.slice(0, 200)}`);
  }
  const field = codeFields.find((f) => f in parsed);
  const code = field === undefined ? undefined : parsed[field];
  if (code !== 0) {
    const detail = parsed['errmsg'] ?? parsed['msg'] ?? parsed['StatusMessage'] ?? '';
    throw new Error(`${platform} refused the message (${field ?? 'code'} ${String(code)}): ${String(detail)}`);
  }
}
