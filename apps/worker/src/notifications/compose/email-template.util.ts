import type { OutgoingMessage } from '../channels/notification-channel';
import { sectionsOf } from './markdown.util';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** The Chinese e-mail of one delivery, as plain text and as HTML (same content). */
export function renderEmail(message: OutgoingMessage, recipientName: string): { text: string; html: string } {
  const greeting = `${recipientName}，您好：`;
  const intro =
    message.mode === 'digest'
      ? `以下是 ${message.digestDate ?? ''} 需要您关注的督办事项，共 ${message.items.length} 项。`
      : '落实督查平台有一条与您相关的新消息。';
  const sections = sectionsOf(message);
  const textParts = [greeting, '', intro];
  const htmlParts = [`<p>${escapeHtml(greeting)}</p>`, `<p>${escapeHtml(intro)}</p>`];
  for (const section of sections) {
    if (section.title) {
      textParts.push('', `【${section.title}】`);
      htmlParts.push(`<h3>${escapeHtml(section.title)}</h3>`);
    }
    htmlParts.push('<ul>');
    for (const item of section.items) {
      textParts.push(`· ${item.title}${item.body ? `\n  ${item.body}` : ''}${item.link ? `\n  查看：${item.link}` : ''}`);
      const title = item.link ? `<a href="${escapeHtml(item.link)}">${escapeHtml(item.title)}</a>` : escapeHtml(item.title);
      htmlParts.push(`<li>${title}${item.body ? `<br>${escapeHtml(item.body)}` : ''}</li>`);
    }
    htmlParts.push('</ul>');
  }
  const closing = '此邮件由落实督查平台自动发送，请勿直接回复。如不希望接收邮件提醒，可在平台“通知设置”中关闭（升级督办除外）。';
  textParts.push('', `登录平台：${message.homeLink}`, '', closing);
  htmlParts.push(`<p><a href="${escapeHtml(message.homeLink)}">登录落实督查平台</a></p>`, `<p style="color:#888">${escapeHtml(closing)}</p>`);
  return { text: textParts.join('\n'), html: htmlParts.join('\n') };
}
