import { NativeSelect } from '@mantine/core';
import { isLocale, LOCALE_NAMES, LOCALES } from '../i18n/catalogue';
import { useLocale, useT } from '../i18n/I18nProvider';

export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <NativeSelect
      label={t('app.language')}
      value={locale}
      data={LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }))}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLocale(next)) setLocale(next);
      }}
      data-testid="language"
    />
  );
}
