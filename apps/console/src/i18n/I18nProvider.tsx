import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { isLocale, Locale, LOCALES } from './catalogue';
import { hasMessages, loadMessages, MessageKey, messagesFor, setActiveLocale, useCataloguesVersion } from './messages';

// The chosen language is the one thing the console keeps in the browser: it says nothing
// about cases, requests or people.
const LOCALE_KEY = 'cbc.locale';

function initialLocale(): Locale {
  const saved = window.localStorage.getItem(LOCALE_KEY);
  if (isLocale(saved)) return saved;
  const preferred = navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLocale);
  return preferred ?? 'en';
}

interface LocaleChoice {
  locale: Locale;
  setLocale(locale: Locale): void;
}

const LocaleContext = createContext<LocaleChoice>({ locale: 'en', setLocale: () => undefined });

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const chosen = initialLocale();
    setActiveLocale(chosen);
    return chosen;
  });
  const [ready, setReady] = useState(() => hasMessages(locale));
  // A language is switched to once its messages are here, so no page shows a mix.
  const setLocale = useCallback((next: Locale) => {
    window.localStorage.setItem(LOCALE_KEY, next);
    void loadMessages(next).then(() => {
      setActiveLocale(next);
      setLocaleState(next);
    });
  }, []);
  useEffect(() => {
    if (!ready) void loadMessages(locale).then(() => setReady(true));
    document.documentElement.lang = locale;
  }, [locale, ready]);
  const choice = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  const catalogues = useCataloguesVersion();
  const messages = useMemo(() => messagesFor(locale), [locale, catalogues]);
  // The first start in another language than English waits (briefly) for its words.
  if (!ready) return null;
  return (
    <LocaleContext.Provider value={choice}>
      <IntlProvider locale={locale} messages={messages} defaultLocale="en">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleChoice {
  return useContext(LocaleContext);
}

export type Translate = (key: MessageKey, values?: Record<string, string | number | Date>) => string;

/** The message of a catalogue key in the chosen language. */
export function useT(): Translate {
  const intl = useIntl();
  return useCallback((key, values) => intl.formatMessage({ id: key }, values), [intl]);
}

export { LOCALES };
