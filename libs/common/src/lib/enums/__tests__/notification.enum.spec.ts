import { describe, expect, it } from 'vitest';
import { DIGEST_SECTIONS, MANDATORY_EMAIL_KINDS, NOTIFICATION_KIND_DELIVERY, NOTIFICATION_KINDS, notificationOccurrenceKey } from '../notification.enum';

describe('how notifications leave', () => {
  it('sends events at once and gathers reminders into the daily digest, by section', () => {
    const table = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, NOTIFICATION_KIND_DELIVERY[k]]));
    expect(table).toEqual({
      assigned: { mode: 'immediate' },
      request: { mode: 'immediate' },
      review_decision: { mode: 'immediate' },
      extension_decision: { mode: 'immediate' },
      urge: { mode: 'immediate' },
      due_soon: { mode: 'digest', section: 'due_soon' },
      overdue: { mode: 'digest', section: 'overdue' },
      escalation: { mode: 'digest', section: 'overdue' },
      report_due: { mode: 'digest', section: 'report_due' },
      report_missed: { mode: 'digest', section: 'report_due' },
    });
  });

  it('names one occurrence the same for every recipient', () => {
    const a = '3f0c7f5e-1d2a-4b3c-8d9e-0a1b2c3d4e5f';
    const b = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';
    expect(notificationOccurrenceKey(`urge/ev-1/${a}/in_app`, a)).toBe('urge/ev-1/in_app');
    expect(notificationOccurrenceKey(`urge/ev-1/${b}/in_app`, b)).toBe('urge/ev-1/in_app');
    expect(notificationOccurrenceKey(`overdue/asg-7/2026-12-01/${a}`, a)).toBe('overdue/asg-7/2026-12-01');
  });
});

describe('digest sections and mandatory e-mail', () => {
  it('a digest lists overdue, then due soon, then report due; only escalations always reach e-mail', () => {
    expect([...DIGEST_SECTIONS]).toEqual(['overdue', 'due_soon', 'report_due']);
    expect([...MANDATORY_EMAIL_KINDS]).toEqual(['escalation']);
  });
});
