import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Environment } from '@luoshi/config';
import { createTransport, type Transporter } from 'nodemailer';
import { renderEmail } from '../compose/email-template.util';
import type { DeliveryTarget, NotificationChannel, OutgoingMessage } from './notification-channel';

/** The Message-ID of a delivery: the same on every retry, so mail clients fold repeats into one. */
export function deliveryMessageId(deliveryId: string, publicBaseUrl: string): string {
  return `<${deliveryId}@${new URL(publicBaseUrl).hostname || 'luoshi.local'}>`;
}

/** E-mail over SMTP (nodemailer); configured by SMTP_URL, off when it is empty. */
@Injectable()
export class EmailChannel implements NotificationChannel, OnModuleDestroy {
  readonly kind = 'email' as const;
  private transporter: Transporter | null = null;

  constructor(private readonly env: Environment) {}

  get enabled(): boolean {
    return this.env.SMTP_URL !== '';
  }

  async send(message: OutgoingMessage, target: DeliveryTarget): Promise<void> {
    if (!this.enabled) throw new Error('E-mail is not configured (SMTP_URL is empty)');
    const { text, html } = renderEmail(message, target.displayName);
    await this.transport().sendMail({
      from: this.env.MAIL_FROM,
      to: { name: target.displayName, address: target.address },
      subject: message.subject,
      text,
      html,
      messageId: deliveryMessageId(message.deliveryId, this.env.PUBLIC_BASE_URL),
      headers: { 'X-Luoshi-Delivery-Id': message.deliveryId },
    });
  }

  onModuleDestroy(): void {
    this.transporter?.close();
  }

  private transport(): Transporter {
    this.transporter ??= createTransport({
      url: this.env.SMTP_URL,
      connectionTimeout: this.env.DELIVERY_TIMEOUT_MS,
      greetingTimeout: this.env.DELIVERY_TIMEOUT_MS,
      socketTimeout: this.env.DELIVERY_TIMEOUT_MS,
    });
    return this.transporter;
  }
}
