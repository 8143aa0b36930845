import type { TranslationMessages } from 'react-admin';
import { appChineseMessages } from './app-zh-CN';
import { raChineseMessages } from './ra-zh-CN';

/** The default locale: bundled with the app so the first screen never waits for a chunk. */
export const chineseMessages: TranslationMessages = { ...raChineseMessages, ...appChineseMessages };
