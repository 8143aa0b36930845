import { Injectable } from '@nestjs/common';
import { Environment } from '@luoshi/config';
import { createHmac } from 'node:crypto';
import { renderMarkdown } from '../compose/markdown.util';
import { postJson, requireZeroCode } from './http-post.util';
import type { DeliveryTarget, NotificationChannel, OutgoingMessage } from './notification-channel';

/**
 * DingTalk's signing of a custom robot ("加签"): HMAC-SHA256 keyed with the secret over
 * `timestamp + "\n" + secret`, base64, then URL-encoded; timestamp in milliseconds.
 */
export function dingTalkSign(secret: string, timestampMs: number): string {
  return encodeURIComponent(createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64'));
}

/** DingTalk custom robot: a markdown message posted to its webhook, signed when it has a secret. */
@Injectable()
export class DingTalkChannel implements NotificationChannel {
  readonly kind = 'dingtalk' as const;

  constructor(private readonly env: Environment) {}

  async send(message: OutgoingMessage, target: DeliveryTarget): Promise<void> {
    if (!target.url) throw new Error('DingTalk robot has no webhook address');
    const url = new URL(target.url);
    if (target.secret) {
      const timestamp = Date.now();
      // The sign is already URL-encoded, as DingTalk documents: append it verbatim.
      url.searchParams.set('timestamp', String(timestamp));
      url.search = `${url.search}&sign=${dingTalkSign(target.secret, timestamp)}`;
    }
    // DingTalk caps a message at 20,000 bytes; its markdown title is what the chat list shows.
    const body = JSON.stringify({ msgtype: 'markdown', markdown: { title: message.subject, text: renderMarkdown(message, 18_000) } });
    const reply = await postJson(url.toString(), body, {}, this.env);
    requireZeroCode('DingTalk', reply, ['errcode']);
  }
}
