import { useSyncExternalStore } from 'react';
import { shellMessages } from '../app/messages';
import { sessionMessages } from '../session/messages';
import type { CATALOGUES } from './all-catalogues';
import { Catalogue, Locale } from './catalogue';
import { vocabularyMessages } from './vocabulary';

type KeysOf<C> = C extends Record<'en', Record<infer K, string>> ? K : never;
export type MessageKey = KeysOf<(typeof CATALOGUES)[number]>;

// The shell's, sign-in's and the shared vocabulary load with the console; every other
// journey's catalogue loads with its page's code, so the first page stays small.
const loaded = new Set<Catalogue<string>>([shellMessages, sessionMessages, vocabularyMessages]);
let version = 0;
const listeners = new Set<() => void>();

/** Called by a journey's page module when its code loads. */
export function registerMessages(catalogue: Catalogue<string>): void {
  if (loaded.has(catalogue)) return;
  loaded.add(catalogue);
  version += 1;
  listeners.forEach((listener) => listener());
}

export function messagesFor(locale: Locale): Record<string, string> {
  return Object.assign({}, ...[...loaded].map((catalogue) => catalogue[locale]));
}

/** Changes whenever a catalogue arrives, so the provider hands react-intl the new messages. */
export function useCataloguesVersion(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
}
