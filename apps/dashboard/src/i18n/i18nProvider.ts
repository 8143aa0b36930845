import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { chineseMessages } from './zh-CN';

export const DEFAULT_LOCALE = 'zh-CN';

export const LOCALES = [
  { locale: 'zh-CN', name: '简体中文' },
  { locale: 'en', name: 'English' },
];

/**
 * Polyglot gives Chinese a single plural form, which would make "已选择 1 项 |||| 已选择 %{smart_count} 项"
 * always pick the first text; a one/other rule lets the Chinese messages name the count when
 * there is more than one, as the English ones do.
 */
const pluralRules = {
  pluralTypes: { oneOther: (n: number) => (n === 1 ? 0 : 1) },
  pluralTypeToLanguages: { oneOther: ['zh', 'en'] },
};

function getMessages(locale: string): TranslationMessages | Promise<TranslationMessages> {
  if (locale === 'en') return import('./en').then((m) => m.messages);
  return chineseMessages;
}

export const i18nProvider = polyglotI18nProvider(getMessages, DEFAULT_LOCALE, LOCALES, { pluralRules });
