import {
  ASSIGNMENT_STATES,
  CADENCES,
  EXTENSION_REQUEST_STATES,
  ITEM_KINDS,
  ITEM_STATUSES,
  LIGHTS,
  ORGANIZATION_KINDS,
  ORGANIZATION_ROLES_IN_ITEM,
  ROLES,
  SPEECH_STATUSES,
} from '@luoshi/common';
import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { appEnglishMessages } from '../app-en';
import { appChineseMessages } from '../app-zh-CN';
import { messages as englishAppAndRa } from '../en';
import { createI18nProvider, loadEnglishMessages } from '../i18nProvider';
import { raChineseMessages } from '../ra-zh-CN';
import { chineseMessages } from '../zh-CN';

/** Every leaf of a message tree as [dotted key, text]. */
function leaves(tree: object, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, unknown]> =>
    value !== null && typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

const placeholders = (text: unknown) => new Set(String(text).match(/%\{\w+\}/g) ?? []);

describe('zh-CN react-admin messages', () => {
  const english = new Map(leaves(englishMessages));
  const chinese = new Map(leaves(raChineseMessages));

  it('has every key of ra-language-english, and no other', () => {
    expect([...english.keys()].filter((k) => !chinese.has(k))).toEqual([]);
    expect([...chinese.keys()].filter((k) => !english.has(k))).toEqual([]);
    expect(chinese.size).toBeGreaterThan(150);
  });

  it('translates every text (only the blank null boolean may stay blank)', () => {
    for (const [key, text] of chinese) {
      expect(typeof text, key).toBe('string');
      if (key !== 'ra.boolean.null') expect(String(text).trim(), key).not.toBe('');
    }
  });

  it('keeps the placeholders and the plural forms of the English texts', () => {
    for (const [key, text] of english) {
      expect(placeholders(chinese.get(key)), key).toEqual(placeholders(text));
      expect(String(chinese.get(key)).includes('||||'), key).toBe(String(text).includes('||||'));
    }
  });
});

describe('app messages', () => {
  it('have the same keys in Chinese and English, none of them empty', () => {
    const zh = leaves(appChineseMessages);
    const en = leaves(appEnglishMessages);
    expect(zh.map(([k]) => k).sort()).toEqual(en.map(([k]) => k).sort());
    for (const [key, text] of [...zh, ...en]) expect(String(text).trim(), key).not.toBe('');
  });

  it('name every value of the shared enums in both languages', () => {
    const groups = {
      role: ROLES,
      organizationKind: ORGANIZATION_KINDS,
      assignmentState: ASSIGNMENT_STATES,
      assignmentRole: ORGANIZATION_ROLES_IN_ITEM,
      itemKind: ITEM_KINDS,
      itemStatus: ITEM_STATUSES,
      speechStatus: SPEECH_STATUSES,
      cadence: CADENCES,
      light: LIGHTS,
      extensionRequestState: EXTENSION_REQUEST_STATES,
    };
    for (const messages of [appChineseMessages, appEnglishMessages]) {
      for (const [group, values] of Object.entries(groups)) {
        expect(Object.keys(messages.luoshi.enums[group as keyof typeof groups]).sort(), group).toEqual(
          [...values].sort(),
        );
      }
    }
  });

  it('use the agreed Chinese names', () => {
    const { enums } = appChineseMessages.luoshi;
    expect(Object.values(enums.role)).toEqual(['管理员', '督查人员', '单位管理员', '单位工作人员', '只读查看']);
    expect(enums.organizationKind.party_committee).toBe('党委');
    expect(enums.organizationKind.mass_org).toBe('群团组织');
    expect(enums.assignmentState.completion_requested).toBe('申请办结');
    expect(enums.assignmentRole).toEqual({ lead: '牵头', support: '配合' });
    expect(enums.light).toEqual({ green: '绿灯', yellow: '黄灯', red: '红灯' });
    expect(enums.assignmentState.completed).toBe('已办结');
    expect(appChineseMessages.luoshi.menu).toMatchObject({
      myTasks: '我的任务',
      reviewQueue: '待审核',
      notificationPreferences: '通知设置',
      queueBoard: '任务队列',
    });
    expect(appChineseMessages.resources.reports.fields).toMatchObject({
      done: '完成情况',
      nextSteps: '下步计划',
      problems: '存在问题',
      helpNeeded: '需协调事项',
    });
  });

  it('do not shadow react-admin keys', () => {
    expect(Object.keys(chineseMessages).sort()).toEqual(['luoshi', 'ra', 'resources']);
    expect(Object.keys(englishAppAndRa).sort()).toEqual(['luoshi', 'ra', 'resources']);
  });
});

describe('i18nProvider', () => {
  it('starts in Simplified Chinese, counts in the plural forms, and switches to English', async () => {
    const i18nProvider = createI18nProvider();
    expect(i18nProvider.getLocale()).toBe('zh-CN');
    expect(i18nProvider.translate('ra.action.bulk_actions', { smart_count: 1 })).toBe('已选择 1 项');
    expect(i18nProvider.translate('ra.action.bulk_actions', { smart_count: 3 })).toBe('已选择 3 项');
    expect(i18nProvider.translate('resources.assignments.fields.state')).toBe('状态');
    await i18nProvider.changeLocale('en');
    expect(i18nProvider.translate('luoshi.enums.assignmentState.completed')).toBe('Completed');
    expect(i18nProvider.translate('ra.action.bulk_actions', { smart_count: 3 })).toBe('3 items selected');
    await i18nProvider.changeLocale('zh-CN');
    expect(i18nProvider.translate('luoshi.enums.assignmentState.completed')).toBe('已办结');
  });

  it('starts in English when English was loaded for a reader who chose it', async () => {
    const i18nProvider = createI18nProvider(await loadEnglishMessages());
    expect(i18nProvider.getLocale()).toBe('en');
    expect(i18nProvider.translate('ra.auth.sign_in_error')).toBe('Authentication failed, please retry');
    await i18nProvider.changeLocale('zh-CN');
    expect(i18nProvider.translate('ra.auth.sign_in_error')).toBe('登录失败，请重试');
  });
});
