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

/** English is a separate chunk: Chinese readers never download it. */
export function loadEnglishMessages(): Promise<TranslationMessages> {
  return import('./en').then((m) => m.messages);
}

/**
 * The provider starts in the language the user chose last time: `english` is passed when the
 * stored locale is English (main.tsx loads it before the first render), so an English reader
 * never sees a Chinese first frame, nor a Chinese error from a sign-in sent during it.
 */
export function createI18nProvider(english?: TranslationMessages) {
  const getMessages = (locale: string): TranslationMessages | Promise<TranslationMessages> => {
    if (locale !== 'en') return chineseMessages;
    return english ?? loadEnglishMessages();
  };
  return polyglotI18nProvider(getMessages, english ? 'en' : DEFAULT_LOCALE, LOCALES, { pluralRules });
}
