import { Injectable } from '@nestjs/common';
import { Environment } from '@luoshi/config';
import { createHmac } from 'node:crypto';
import { postJson } from './http-post.util';
import type { DeliveryTarget, NotificationChannel, OutgoingMessage } from './notification-channel';

export const WEBHOOK_ID_HEADER = 'x-luoshi-delivery-id';
export const WEBHOOK_TIMESTAMP_HEADER = 'x-luoshi-timestamp';
export const WEBHOOK_SIGNATURE_HEADER = 'x-luoshi-signature';

/** `sha256=` + hex HMAC-SHA256, keyed with the secret, over `timestamp + "." + body`. */
export function webhookSignature(secret: string, timestampSeconds: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestampSeconds}.${body}`, 'utf8').digest('hex')}`;
}

/**
 * A generic JSON webhook for an organization's own systems. Every retry of one delivery carries
 * the same delivery id header, so a receiver that stores the ids it has seen drops repeats.
 */
@Injectable()
export class WebhookChannel implements NotificationChannel {
  readonly kind = 'webhook' as const;

  constructor(private readonly env: Environment) {}

  async send(message: OutgoingMessage, target: DeliveryTarget): Promise<void> {
    if (!target.url) throw new Error('Webhook has no address');
    const timestamp = Math.floor(Date.now() / 1000);
    const body = JSON.stringify({
      id: message.deliveryId,
      type: message.mode,
      digestDate: message.digestDate,
      subject: message.subject,
      items: message.items,
    });
    const headers: Record<string, string> = {
      [WEBHOOK_ID_HEADER]: message.deliveryId,
      [WEBHOOK_TIMESTAMP_HEADER]: String(timestamp),
    };
    if (target.secret) headers[WEBHOOK_SIGNATURE_HEADER] = webhookSignature(target.secret, timestamp, body);
    await postJson(target.url, body, headers, this.env);
  }
}
