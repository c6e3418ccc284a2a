import { Alert } from '@mantine/core';
import { useT } from '../i18n/I18nProvider';
import { describeFailure, failureSentence } from './failure';

/** An API error as a sentence in the user's language: never the raw message or a stack. */
export function FailureNotice({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  const failure = describeFailure(error);
  const { key, values } = failureSentence(failure);
  return (
    <Alert color={failure.kind === 'conflict' ? 'yellow' : 'red'} role="alert" data-failure={failure.kind}>
      {t(key, values)}
    </Alert>
  );
}
