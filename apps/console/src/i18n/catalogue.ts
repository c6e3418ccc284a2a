/** The console's languages: English, German, Romanian and Russian. */
export const LOCALES = ['en', 'de', 'ro', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];

/** The language of each locale, in that language, for the switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch', ro: 'Română', ru: 'Русский' };

export type Messages<K extends string = string> = Record<K, string>;

/**
 * A language's messages: in the sources the object itself; in the built console a loader,
 * so a page downloads only the language it is read in (see precompileMessages in vite.config.mts).
 */
export type Translation<K extends string = string> = Messages<K> | (() => Promise<Messages<K>>);

export type Catalogue<K extends string = string> = { en: Messages<K> } & Record<Exclude<Locale, 'en'>, Translation<K>>;

/**
 * A journey's messages: the English text names the keys, and every other language must
 * give exactly those keys (the compiler refuses a missing or an unknown one).
 */
export function catalogue<K extends string>(
  en: Messages<K>,
  others: Record<Exclude<Locale, 'en'>, Translation<NoInfer<K>>>,
): Catalogue<K> {
  return { en, ...others };
}

export function isLocale(value: string | null | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}
