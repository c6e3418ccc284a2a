import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { FailureNotice } from '../../app/FailureNotice';
import { describeFailure } from '../../app/failure';
import { useT } from '../../i18n/I18nProvider';
import { draftValuesOf, updateInputOf, DraftValues } from './draft-form';
import { DraftForm } from './MlaDraftPage';
import { MlaRequestDocument, TransitionMlaRequestDocument, UpdateMlaDraftDocument } from '../../gql/graphql';

const editRoute = getRouteApi('/mla/$requestId/edit');

/**
 * A saved draft, edited with the same form and checklist; saved with the version read (a
 * change by a colleague meanwhile answers CONFLICT: the draft is read again, the form with it).
 */
export function MlaDraftEditPage() {
  const t = useT();
  const navigate = useNavigate();
  const { requestId } = editRoute.useParams();
  const { data, error, loading, refetch } = useQuery(MlaRequestDocument, { variables: { id: requestId } });
  const [update, updating] = useMutation(UpdateMlaDraftDocument);
  const [submitStep, submitting] = useMutation(TransitionMlaRequestDocument);
  const request = data?.mlaRequest;
  if (!request) {
    return <Stack>{loading ? <Text role="status">{t('app.loading')}</Text> : <FailureNotice error={error} />}</Stack>;
  }
  const save = async (values: DraftValues, andSubmit: boolean) => {
    try {
      const saved = (await update({ variables: { input: updateInputOf(values, request) } })).data?.updateMlaDraft;
      if (!saved) return;
      if (andSubmit) await submitStep({ variables: { input: { id: saved.id, expectedVersion: saved.version, action: 'SUBMIT' } } });
      await navigate({ to: '/mla/$requestId', params: { requestId: saved.id } });
    } catch (failure) {
      if (describeFailure(failure).kind === 'conflict') await refetch();
    }
  };
  return (
    <DraftForm
      // A new version read (after a conflict) starts the form again from it.
      key={request.version}
      headingKey="mla.draft.editTitle"
      initial={draftValuesOf(request)}
      fixedAddressee={t('mla.party', { agency: request.requested.agencyName, state: request.requested.stateCode })}
      onSave={save}
      busy={updating.loading || submitting.loading}
      error={updating.error ?? submitting.error}
    />
  );
}
