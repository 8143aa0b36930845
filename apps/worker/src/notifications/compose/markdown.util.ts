import { DIGEST_SECTIONS, type DigestSection } from '@luoshi/common';
import type { MessageItem, OutgoingMessage } from '../channels/notification-channel';

export const SECTION_TITLES: Record<DigestSection, string> = {
  overdue: '已逾期',
  due_soon: '即将到期',
  report_due: '待报送进展',
};

/** Items of a message in reading order: digest sections (most urgent first), each under its heading. */
export function sectionsOf(message: OutgoingMessage): Array<{ title: string | null; items: MessageItem[] }> {
  if (message.mode === 'immediate') return [{ title: null, items: message.items }];
  return DIGEST_SECTIONS.map((section) => ({
    title: `${SECTION_TITLES[section]}（${message.items.filter((i) => i.section === section).length} 项）`,
    items: message.items.filter((i) => i.section === section),
  })).filter((s) => s.items.length > 0);
}

/** Markdown that characters in a title cannot break (brackets would open a link). */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\[\]*_`#>])/g, '\\$1').replace(/\s+/g, ' ').trim();
}

/**
 * The common markdown of robot messages (DingTalk, WeCom and Feishu all read headings, lists, bold
 * and links). `maxBytes` keeps it under a platform's limit: items that do not fit are counted.
 */
export function renderMarkdown(message: OutgoingMessage, maxBytes = 4000): string {
  const head = `### ${escapeMarkdown(message.subject)}\n`;
  const foot = `\n[打开落实督查平台](${message.homeLink})`;
  const lines: string[] = [];
  let size = Buffer.byteLength(head + foot);
  let omitted = 0;
  for (const section of sectionsOf(message)) {
    const block = section.title ? [`\n**${section.title}**`] : [];
    for (const item of section.items) {
      const title = item.link ? `[${escapeMarkdown(item.title)}](${item.link})` : escapeMarkdown(item.title);
      const body = item.body && message.mode === 'immediate' ? `\n> ${escapeMarkdown(item.body)}` : '';
      block.push(`- ${title}${body}`);
    }
    for (const line of block) {
      const bytes = Buffer.byteLength(`${line}\n`);
      if (size + bytes > maxBytes - 60) {
        if (line.startsWith('- ')) omitted++;
        continue;
      }
      size += bytes;
      lines.push(line);
    }
  }
  const more = omitted ? `\n……另有 ${omitted} 项，请登录平台查看。` : '';
  return `${head}${lines.join('\n')}${more}\n${foot}`;
}
