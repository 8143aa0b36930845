import { NOTIFICATION_KIND_DELIVERY, notificationOccurrenceKey, type DigestSection } from '@luoshi/common';
import type { Delivery, Notification } from '@luoshi/data';
import type { MessageItem, OutgoingMessage } from '../channels/notification-channel';

const SUBJECT_MAX = 200;

/** The dashboard's page of one assignment (react-admin's hash router). */
export function assignmentLink(publicBaseUrl: string, assignmentId: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/#/assignments/${assignmentId}/show`;
}

function sectionOf(notification: Notification): DigestSection | null {
  const route = NOTIFICATION_KIND_DELIVERY[notification.kind];
  return route?.mode === 'digest' ? route.section : null;
}

/**
 * The channel-neutral message of one delivery. A group channel lists each occurrence once (the
 * handler and the org admin each have a copy of the same reminder); a person's e-mail lists theirs.
 */
export function composeMessage(delivery: Delivery, notifications: Notification[], publicBaseUrl: string): OutgoingMessage {
  const seen = new Set<string>();
  const items: MessageItem[] = [];
  for (const n of notifications) {
    const key = delivery.recipientId ? n.id : notificationOccurrenceKey(n.dedupeKey, n.recipientId);
    if (seen.has(key)) continue;
    seen.add(key);
    items.push({
      kind: n.kind,
      section: delivery.mode === 'digest' ? sectionOf(n) : null,
      title: n.title,
      body: n.body,
      link: n.assignmentId ? assignmentLink(publicBaseUrl, n.assignmentId) : null,
    });
  }
  return {
    deliveryId: delivery.id,
    mode: delivery.mode,
    digestDate: delivery.digestDate,
    subject: subjectOf(delivery, items),
    items,
    homeLink: publicBaseUrl,
  };
}

function subjectOf(delivery: Delivery, items: MessageItem[]): string {
  if (delivery.mode === 'immediate') return `【落实】${items[0]?.title ?? '新消息'}`.slice(0, SUBJECT_MAX);
  const count = (section: DigestSection) => items.filter((i) => i.section === section).length;
  const parts = [
    count('overdue') ? `逾期 ${count('overdue')} 项` : '',
    count('due_soon') ? `即将到期 ${count('due_soon')} 项` : '',
    count('report_due') ? `待报送 ${count('report_due')} 项` : '',
  ].filter(Boolean);
  return `【落实】${delivery.digestDate ?? ''} 督办提醒：${parts.join('，')}`.slice(0, SUBJECT_MAX);
}
