import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { appEnglishMessages } from './app-en';

/** Loaded lazily when a user switches to English. */
export const messages: TranslationMessages = { ...englishMessages, ...appEnglishMessages };
