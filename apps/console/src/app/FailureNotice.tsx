import { Alert } from '@mantine/core';
import { useT } from '../i18n/I18nProvider';
import { describeFailure, FAILURE_MESSAGE } from './failure';

/** An API error as a sentence in the user's language: never the raw message or a stack. */
export function FailureNotice({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const failure = describeFailure(error);
  return (
    <Alert color={failure.kind === 'conflict' ? 'yellow' : 'red'} role="alert" data-failure={failure.kind}>
      {t(FAILURE_MESSAGE[failure.kind], { requestId: failure.requestId ?? '—' })}
    </Alert>
  );
}
