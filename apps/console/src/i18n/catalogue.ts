/** The console's languages: English, German, Romanian and Russian. */
export const LOCALES = ['en', 'de', 'ro', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language of each locale, in that language, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch', ro: 'Română', ru: 'Русский' };

export type Catalogue<K extends string> = Record<Locale, Record<K, string>>;

/**
 * A journey's messages: the English text names the keys, and every other language must
 * give exactly those keys (the compiler refuses a missing or an unknown one).
 */
export function catalogue<K extends string>(
  en: Record<K, string>,
  others: Record<Exclude<Locale, 'en'>, Record<NoInfer<K>, string>>,
): Catalogue<K> {
  return { en, ...others };
}

export function isLocale(value: string | null | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}
