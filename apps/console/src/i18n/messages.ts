import { shellMessages } from '../app/messages';
import { deskMessages } from '../desk/messages';
import { mlaMessages } from '../mla/messages';
import { mlaVocabularyMessages } from '../mla/vocabulary';
import { sessionMessages } from '../session/messages';
import { Locale, LOCALES } from './catalogue';
import { vocabularyMessages } from './vocabulary';

/** Every journey's catalogue; a journey adds its own here. */
const catalogues = [shellMessages, sessionMessages, vocabularyMessages, deskMessages, mlaVocabularyMessages, mlaMessages] as const;

type KeysOf<C> = C extends Record<'en', Record<infer K, string>> ? K : never;
export type MessageKey = KeysOf<(typeof catalogues)[number]>;

function merged(locale: Locale): Record<MessageKey, string> {
  return Object.assign({}, ...catalogues.map((c) => c[locale])) as Record<MessageKey, string>;
}

export const MESSAGES: Record<Locale, Record<MessageKey, string>> = Object.fromEntries(
  LOCALES.map((locale) => [locale, merged(locale)]),
) as Record<Locale, Record<MessageKey, string>>;
