import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { MyAccountQuery } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { CodeForm } from './CodeForm';
import { RecoveryCodes } from './RecoveryCodes';
import { SecondFactorEnrolment } from './SecondFactorEnrolment';
import { DisableSecondFactorDocument, MyAccountDocument, RegenerateRecoveryCodesDocument } from '../gql/graphql';

type Step = 'idle' | 'regenerate' | 'disable';

/** The second factor: its state, and enrolment, new recovery codes or removal (each confirmed with a code). */
export function SecondFactorSection({ me, onChanged }: { me: MyAccountQuery['me']; onChanged(): void }) {
  const t = useT();
  const [step, setStep] = useState<Step>('idle');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [removed, setRemoved] = useState(false);
  const refetch = { refetchQueries: [MyAccountDocument], awaitRefetchQueries: true };
  const [regenerate, regenerating] = useMutation(RegenerateRecoveryCodesDocument);
  const [disable, disabling] = useMutation(DisableSecondFactorDocument, refetch);

  if (codes) return <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />;
  if (!me.secondFactorEnrolled) {
    return (
      <Stack>
        {removed && <Alert role="status">{t('account.factor.disabled')}</Alert>}
        <Text>{t(me.secondFactorRequired ? 'account.factor.required' : 'account.factor.notEnrolled')}</Text>
        <SecondFactorEnrolment onEnrolled={onChanged} />
      </Stack>
    );
  }
  return (
    <Stack>
      <Text>{t('account.factor.enrolled')}</Text>
      <Group>
        <Button variant={step === 'regenerate' ? 'filled' : 'default'} onClick={() => setStep('regenerate')}>
          {t('account.factor.regenerate')}
        </Button>
        {!me.secondFactorRequired && (
          <Button variant={step === 'disable' ? 'filled' : 'default'} color="red" onClick={() => setStep('disable')}>
            {t('account.factor.disable')}
          </Button>
        )}
      </Group>
      {step === 'regenerate' && (
        <CodeForm
          submitLabel="account.factor.regenerate"
          error={regenerating.error}
          onSubmit={async (oneTimeCode) => {
            const result = await regenerate({ variables: { oneTimeCode } }).catch(() => null);
            if (result?.data) {
              setStep('idle');
              setCodes(result.data.regenerateRecoveryCodes.codes);
            }
          }}
        />
      )}
      {step === 'disable' && (
        <CodeForm
          submitLabel="account.factor.disable"
          error={disabling.error}
          onSubmit={async (code) => {
            const result = await disable({ variables: { code } }).catch(() => null);
            if (result?.data) {
              setStep('idle');
              setRemoved(true);
              onChanged();
            }
          }}
        />
      )}
    </Stack>
  );
}
