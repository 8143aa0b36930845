import { Injectable } from '@nestjs/common';
import { Environment } from '@luoshi/config';
import { renderMarkdown } from '../compose/markdown.util';
import { postJson, requireZeroCode } from './http-post.util';
import type { DeliveryTarget, NotificationChannel, OutgoingMessage } from './notification-channel';

/**
 * WeCom (企业微信) group robot: the webhook's `key` is its only credential (no signing); a markdown
 * message's content may be at most 4096 bytes.
 */
@Injectable()
export class WeComChannel implements NotificationChannel {
  readonly kind = 'wecom' as const;

  constructor(private readonly env: Environment) {}

  async send(message: OutgoingMessage, target: DeliveryTarget): Promise<void> {
    if (!target.url) throw new Error('WeCom robot has no webhook address');
    const body = JSON.stringify({ msgtype: 'markdown', markdown: { content: renderMarkdown(message, 4096) } });
    const reply = await postJson(target.url, body, {}, this.env);
    requireZeroCode('WeCom', reply, ['errcode']);
  }
}
