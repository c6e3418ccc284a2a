import { Badge } from '@mantine/core';
import { useT } from '../i18n/I18nProvider';
import { AUDIT_OUTCOMES } from './search';

// Colours that keep AA contrast with their text (autoContrast); a success needs no mark.
const COLOURS = { DENIED: 'red.9', FAILURE: 'yellow.3' } as const;

/** An event's outcome in words, a refusal or failure marked. */
export function OutcomeBadge({ outcome }: { outcome: string }) {
  const t = useT();
  const known = AUDIT_OUTCOMES.find((o) => o === outcome);
  if (!known) return <>{outcome}</>;
  if (known === 'SUCCESS') return <>{t('audit.outcome.SUCCESS')}</>;
  return (
    <Badge color={COLOURS[known]} autoContrast>
      {t(`audit.outcome.${known}`)}
    </Badge>
  );
}
