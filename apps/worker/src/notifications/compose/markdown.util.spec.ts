import { describe, expect, it } from 'vitest';
import type { MessageItem, OutgoingMessage } from '../channels/notification-channel';
import { renderMarkdown } from './markdown.util';

const item = (title: string, section: MessageItem['section'], link: string | null = null): MessageItem => ({ kind: 'overdue', section, title, body: '', link });

const digest = (items: MessageItem[]): OutgoingMessage => ({
  deliveryId: '6a1f1d6e-0c55-4a55-9a52-4d0c8e1f2b3c',
  mode: 'digest',
  digestDate: '2026-12-01',
  subject: '【落实】2026-12-01 督办提醒',
  items,
  homeLink: 'http://luoshi.example.org',
});

describe('robot markdown', () => {
  it('lists sections most urgent first, with their counts', () => {
    const text = renderMarkdown(digest([item('报送甲', 'report_due'), item('临近乙', 'due_soon'), item('逾期丙', 'overdue', 'http://x/#/a/1/show')]));
    expect(text).toBe(
      '### 【落实】2026-12-01 督办提醒\n' +
        '\n**已逾期（1 项）**\n- [逾期丙](http://x/#/a/1/show)\n' +
        '\n**即将到期（1 项）**\n- 临近乙\n' +
        '\n**待报送进展（1 项）**\n- 报送甲\n' +
        '\n[打开落实督查平台](http://luoshi.example.org)',
    );
  });

  it('stays within a platform limit and says how many items it left out', () => {
    const items = Array.from({ length: 200 }, (_, i) => item(`第${i + 1}项 农村人居环境整治重点任务推进情况`, 'overdue', `http://luoshi.example.org/#/assignments/${i}/show`));
    const text = renderMarkdown(digest(items), 4096);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4096);
    const listed = text.split('\n').filter((l) => l.startsWith('- ')).length;
    expect(listed).toBeGreaterThan(10);
    expect(text).toContain(`……另有 ${200 - listed} 项，请登录平台查看。`);
    expect(text.endsWith('[打开落实督查平台](http://luoshi.example.org)')).toBe(true);
  });

  it('escapes what would break a link or a heading', () => {
    const text = renderMarkdown(digest([item('[紧急] *重点* 任务', 'overdue', 'http://x/1')]));
    expect(text).toContain('- [\\[紧急\\] \\*重点\\* 任务](http://x/1)');
  });
});
