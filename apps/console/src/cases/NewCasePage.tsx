import './register';
import { useMutation } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useT } from '../i18n/I18nProvider';
import { AnchorLink } from '../app/links';
import { CaseForm, EMPTY_CASE } from './CaseForm';
import { CreateCaseDocument } from '../gql/graphql';

export function NewCasePage() {
  const t = useT();
  const navigate = useNavigate();
  const [create, { error }] = useMutation(CreateCaseDocument);
  return (
    <Stack>
      <AnchorLink to="/cases">{t('case.back')}</AnchorLink>
      <Title order={1}>{t('caseForm.newTitle')}</Title>
      <CaseForm
        initial={EMPTY_CASE}
        error={error}
        onSubmit={async (values) => {
          const result = await create({ variables: { input: values } }).catch(() => null);
          if (result?.data) await navigate({ to: '/cases/$caseId', params: { caseId: result.data.createCase.id } });
        }}
      />
    </Stack>
  );
}
