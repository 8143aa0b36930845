import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson } from '../http-post.util';

describe('postJson and private networks', () => {
  let server: Server;
  let url: string;
  let received = 0;

  beforeAll(async () => {
    server = createServer((req, res) => {
      received += 1;
      req.resume();
      res.end('{"errcode":0}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses a loopback address, or a name for this machine, unless the deployment allows it', async () => {
    const deny = { DELIVERY_TIMEOUT_MS: 2_000, CHANNEL_PRIVATE_HOSTS: 'deny' as const };
    await expect(postJson(url, '{}', {}, deny)).rejects.toThrow(/private address 127\.0\.0\.1/);
    await expect(postJson(url.replace('127.0.0.1', 'localhost'), '{}', {}, deny)).rejects.toThrow(/localhost is this machine/);
    await expect(postJson(url.replace('127.0.0.1', '[::ffff:127.0.0.1]'), '{}', {}, deny)).rejects.toThrow(/Refused/);
    expect(received).toBe(0);

    const reply = await postJson(url, '{}', {}, { DELIVERY_TIMEOUT_MS: 2_000, CHANNEL_PRIVATE_HOSTS: 'allow' });
    expect(reply).toEqual({ status: 200, text: '{"errcode":0}' });
    expect(received).toBe(1);
  });
});
