import { useSyncExternalStore } from 'react';
import { shellMessages } from '../app/messages';
import { sessionMessages } from '../session/messages';
import type { CATALOGUES } from './all-catalogues';
import { Catalogue, Locale, Messages } from './catalogue';
import { vocabularyMessages } from './vocabulary';

type KeysOf<C> = C extends { en: Messages<infer K> } ? K : never;
export type MessageKey = KeysOf<(typeof CATALOGUES)[number]>;

// The shell's, sign-in's and the shared vocabulary load with the console; every other
// journey's catalogue loads with its page's code, so the first page stays small.
const registered = new Set<Catalogue>([shellMessages, sessionMessages, vocabularyMessages]);
// Each catalogue's languages as they arrive (the built console loads one language at a time).
const arrived = new Map<Catalogue, Partial<Record<Locale, Promise<Messages>>>>();
const translations = new Map<Catalogue, Partial<Record<Locale, Messages>>>();
let activeLocale: Locale = 'en';
let version = 0;
const listeners = new Set<() => void>();

function changed(): void {
  version += 1;
  listeners.forEach((listener) => listener());
}

function translationOf(catalogue: Catalogue, locale: Locale): Messages | undefined {
  const translation = catalogue[locale];
  return typeof translation === 'function' ? translations.get(catalogue)?.[locale] : translation;
}

function load(catalogue: Catalogue, locale: Locale): Promise<Messages> {
  const translation = catalogue[locale];
  if (typeof translation !== 'function') return Promise.resolve(translation);
  const loading = arrived.get(catalogue) ?? {};
  arrived.set(catalogue, loading);
  loading[locale] ??= translation().then(
    (messages) => {
      translations.set(catalogue, { ...translations.get(catalogue), [locale]: messages });
      changed();
      return messages;
    },
    (error: unknown) => {
      // Asked again next time (the network may be back); meanwhile the English text stands.
      delete loading[locale];
      throw error;
    },
  );
  return loading[locale];
}

/** Resolves once every catalogue registered so far has `locale` (English stands in for a language that failed to load). */
export async function loadMessages(locale: Locale): Promise<void> {
  await Promise.all([...registered].map((catalogue) => load(catalogue, locale).catch(() => undefined)));
}

/** The language pages are being read in, whose messages a newly registered catalogue fetches at once. */
export function setActiveLocale(locale: Locale): void {
  activeLocale = locale;
}

/** Resolves when the pages' catalogues have the active language: a page waits for it, so it never shows a message in the wrong language. */
export function activeMessagesReady(): Promise<void> {
  return loadMessages(activeLocale);
}

/** Called by a journey's page module when its code loads. */
export function registerMessages(catalogue: Catalogue): void {
  if (registered.has(catalogue)) return;
  registered.add(catalogue);
  void load(catalogue, activeLocale).catch(() => undefined);
  changed();
}

export function hasMessages(locale: Locale): boolean {
  return [...registered].every((catalogue) => translationOf(catalogue, locale) !== undefined);
}

/** The messages of `locale` known so far, the English ones standing in for any not yet arrived. */
export function messagesFor(locale: Locale): Record<string, string> {
  return Object.assign({}, ...[...registered].flatMap((catalogue) => [catalogue.en, translationOf(catalogue, locale) ?? {}]));
}

/** Changes whenever a catalogue or a language arrives, so the provider hands react-intl the new messages. */
export function useCataloguesVersion(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
}
