import { deskRecordsZhHant, type DeskRecordsMessages } from './records-messages.js';
import { deskRecordsEn } from './locales/records-en.js';
import { deskRecordsZhHans } from './locales/records-zh-hans.js';

const WORDS: Record<string, DeskRecordsMessages> = { en: deskRecordsEn, 'zh-Hans': deskRecordsZhHans };

/** The conduct and survey sections' words for a locale tag: Traditional Chinese unless English or Simplified Chinese. */
export function deskRecordsMessages(locale: string): DeskRecordsMessages {
  return WORDS[locale] ?? deskRecordsZhHant;
}
