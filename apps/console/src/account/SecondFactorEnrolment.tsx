import { useMutation } from '@apollo/client/react';
import { Button, Code, Image, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FailureNotice } from '../app/FailureNotice';
import { useT } from '../i18n/I18nProvider';
import { CodeForm } from './CodeForm';
import { RecoveryCodes } from './RecoveryCodes';
import { BeginSecondFactorEnrolmentDocument, ConfirmSecondFactorEnrolmentDocument } from '../gql/graphql';

/** Enrolment in three steps: the QR code (and the key, to type in), a code of the app to confirm, the recovery codes once. */
export function SecondFactorEnrolment({ onEnrolled }: { onEnrolled(): void }) {
  const t = useT();
  const [begin, begun] = useMutation(BeginSecondFactorEnrolmentDocument);
  const [confirm, confirmed] = useMutation(ConfirmSecondFactorEnrolmentDocument);
  const [codes, setCodes] = useState<string[] | null>(null);
  const enrolment = begun.data?.beginSecondFactorEnrolment;

  if (codes) return <RecoveryCodes codes={codes} onDone={onEnrolled} />;
  if (!enrolment) {
    return (
      <Stack align="flex-start">
        <FailureNotice error={begun.error} />
        <Button onClick={() => void begin().catch(() => undefined)} loading={begun.loading}>
          {t('account.factor.begin')}
        </Button>
      </Stack>
    );
  }
  return (
    <Stack>
      <Text>{t('account.factor.scan')}</Text>
      <Image src={enrolment.qrCode} alt={t('account.factor.qrAlt')} w={200} h={200} />
      <Text size="sm">
        {t('account.factor.secret')}: <Code data-testid="totp-secret">{enrolment.secret}</Code>
      </Text>
      <CodeForm
        submitLabel="account.factor.confirm"
        error={confirmed.error}
        onSubmit={async (code) => {
          const result = await confirm({ variables: { code } }).catch(() => null);
          if (result?.data) setCodes(result.data.confirmSecondFactorEnrolment.codes);
        }}
      />
    </Stack>
  );
}
