import { describe, expect, it } from 'vitest';
import { toCreateItemBody } from '../ItemCreate';

describe('toCreateItemBody', () => {
  it('puts the lead first and the supporters after it, without naming the lead twice', () => {
    expect(
      toCreateItemBody({ title: ' 冬季安全检查 ', text: '请……', leadId: 'a', supportIds: ['b', 'a', 'c'], dueDate: '2026-12-20', cadence: 'monthly', publish: true }),
    ).toEqual({
      title: '冬季安全检查',
      text: '请……',
      kind: 'directive',
      organizations: [
        { organizationId: 'a', role: 'lead' },
        { organizationId: 'b', role: 'support' },
        { organizationId: 'c', role: 'support' },
      ],
      dueDate: '2026-12-20',
      cadence: 'monthly',
      publish: true,
    });
  });

  it('sends nulls, not empty strings, for what was left out', () => {
    expect(toCreateItemBody({ title: 'x' })).toMatchObject({ organizations: [], dueDate: null, cadence: null, publish: false, text: '' });
  });
});
