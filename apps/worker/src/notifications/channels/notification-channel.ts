import type { DeliveryChannel, DigestSection, NotificationKind } from '@luoshi/common';

/** One line of a message: one notification, as the recipient reads it. */
export interface MessageItem {
  kind: NotificationKind;
  /** The digest section it is listed under; null for an event. */
  section: DigestSection | null;
  title: string;
  body: string;
  /** The assignment in the dashboard, or null when the notification concerns none. */
  link: string | null;
}

/** What one delivery says, independent of the channel that carries it. */
export interface OutgoingMessage {
  /** The delivery's id: the stable id receivers use to drop repeats. */
  deliveryId: string;
  mode: 'immediate' | 'digest';
  /** The local day a digest covers (YYYY-MM-DD), null for an event. */
  digestDate: string | null;
  subject: string;
  items: MessageItem[];
  /** The dashboard's address, for a closing link. */
  homeLink: string;
}

/** Where a delivery goes: a person's mailbox or a robot's webhook. */
export interface DeliveryTarget {
  /** E-mail address, or the robot's name. */
  address: string;
  /** The recipient's name (e-mail) or the organization's (group channels). */
  displayName: string;
  url: string | null;
  secret: string | null;
}

/** One external channel. `send` resolves when the far end has accepted the message, else throws. */
export interface NotificationChannel {
  readonly kind: DeliveryChannel;
  send(message: OutgoingMessage, target: DeliveryTarget): Promise<void>;
}

/** The DI token under which every channel is provided, as a list. */
export const NOTIFICATION_CHANNELS_TOKEN = Symbol('NOTIFICATION_CHANNELS');
