import type { ErrorEntry } from '../error-entry.type';

/** Items (立项), their review (edit, merge, split, delete, undo) and publishing. */
export const ITEM_ERRORS = {
  'item.not_found': { zh: '找不到该事项。', en: 'No such item.' },
  'item.not_draft': {
    zh: '事项“{title}”已{statusZh}，只有草稿可以修改、合并、拆分或删除。',
    en: 'The item "{title}" is {status}; only draft items can be edited, merged, split or deleted.',
  },
  'item.speech_unknown': { zh: '所选的讲话不存在。', en: 'The chosen speech does not exist.' },
  'item.parent_unknown': { zh: '所选的上级事项不存在。', en: 'The chosen parent item does not exist.' },
  'item.parent_self': { zh: '事项不能作为自己的上级。', en: 'An item cannot be its own parent.' },
  'item.parent_other_speech': {
    zh: '上级事项属于另一篇讲话。',
    en: 'The parent item belongs to another speech.',
  },
  'item.merge_too_few': { zh: '请至少选择两个不同的事项进行合并。', en: 'Choose at least two different items to merge.' },
  'item.merge_missing': {
    zh: '要合并的事项中有 {count} 项不存在（可能已被删除）。',
    en: '{count} of the items to merge do not exist (they may have been deleted).',
  },
  'item.merge_other_speeches': {
    zh: '不同讲话的事项不能合并。',
    en: 'Items of different speeches cannot be merged.',
  },
  'item.split_offset': {
    zh: '拆分位置须在第 1 至第 {max} 个字之间（该事项共 {length} 个字）。',
    en: "The split position must be between 1 and {max} (the item's text is {length} characters).",
  },
  'item.organization_twice': {
    zh: '单位“{organization}”被选择了两次。',
    en: 'The organization {organization} is named twice.',
  },
  'item.organization_unknown': { zh: '所选的责任单位不存在。', en: 'A chosen organization does not exist.' },
  'item.publish_without_organization': {
    zh: '有 {count} 个事项未指定责任单位（{titles}）；请指定单位或删除后再发布。',
    en: '{count} item(s) name no organization ({titles}): assign one or delete them before publishing.',
  },
  'item.undo_nothing': { zh: '该讲话没有可撤销的审阅操作。', en: 'There is no review action to undo for this speech.' },
  'item.undo_published': {
    zh: '讲话已发布，审阅操作不能再撤销。',
    en: 'The speech is published: its review actions can no longer be undone.',
  },
} as const satisfies Record<string, ErrorEntry>;

const ITEM_STATUS_LABELS = {
  draft: { zh: '为草稿', en: 'a draft' },
  published: { zh: '发布', en: 'published' },
  cancelled: { zh: '撤销', en: 'cancelled' },
} as const;

/** `{status, statusZh}` for `item.not_draft`. */
export function itemStatusParams(status: keyof typeof ITEM_STATUS_LABELS): Record<string, string> {
  return { status: ITEM_STATUS_LABELS[status].en, statusZh: ITEM_STATUS_LABELS[status].zh };
}
