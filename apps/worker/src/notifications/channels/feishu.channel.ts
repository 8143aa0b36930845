import { Injectable } from '@nestjs/common';
import { Environment } from '@luoshi/config';
import { createHmac } from 'node:crypto';
import { renderMarkdown } from '../compose/markdown.util';
import { postJson, requireZeroCode } from './http-post.util';
import type { DeliveryTarget, NotificationChannel, OutgoingMessage } from './notification-channel';

/**
 * Feishu's signing of a custom bot ("签名校验"): `timestamp + "\n" + secret` is the HMAC-SHA256
 * KEY, the message is empty, the digest is base64; timestamp in seconds, sent in the body.
 */
export function feishuSign(secret: string, timestampSeconds: number): string {
  return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
}

/** Feishu (飞书) custom bot: an interactive card with a markdown element, signed when it has a secret. */
@Injectable()
export class FeishuChannel implements NotificationChannel {
  readonly kind = 'feishu' as const;

  constructor(private readonly env: Environment) {}

  async send(message: OutgoingMessage, target: DeliveryTarget): Promise<void> {
    if (!target.url) throw new Error('Feishu bot has no webhook address');
    const timestamp = Math.floor(Date.now() / 1000);
    const signing = target.secret ? { timestamp: String(timestamp), sign: feishuSign(target.secret, timestamp) } : {};
    const markdown = renderMarkdown({ ...message, subject: message.mode === 'digest' ? '' : message.subject }, 18_000).replace(/^### \n/, '');
    const body = JSON.stringify({
      ...signing,
      msg_type: 'interactive',
      card: {
        config: { wide_screen_mode: true },
        header: { title: { tag: 'plain_text', content: message.subject }, template: message.mode === 'digest' ? 'orange' : 'blue' },
        elements: [{ tag: 'markdown', content: markdown }],
      },
    });
    const reply = await postJson(target.url, body, {}, this.env);
    // Current answers carry `code`; older deployments answered `StatusCode`.
    requireZeroCode('Feishu', reply, ['code', 'StatusCode']);
  }
}
