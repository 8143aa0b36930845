/** What a robot endpoint answered. */
export interface PostReply {
  status: number;
  text: string;
}

/**
 * POSTs JSON and returns the answer; a non-2xx status is an error worth retrying. Timeouts abort
 * the call so a hung endpoint cannot hold a worker slot.
 */
export async function postJson(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<PostReply> {
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
