import { useQuery } from '@apollo/client/react';
import { NativeSelect } from '@mantine/core';
import type { UseFormRegister } from 'react-hook-form';
import type { MlaRequestFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useSignedInUser } from '../../session/SessionProvider';
import { RECEIVING_AGENCY_KINDS } from '../domain';
import type { ActionValues } from './action-form';
import { MlaDirectoryDocument } from '../../gql/graphql';

/** A competent agency of the caller's own State, other than the one holding the request now. */
export function ForwardField({ request, register, error }: { request: MlaRequestFieldsFragment; register: UseFormRegister<ActionValues>; error?: string }) {
  const t = useT();
  const user = useSignedInUser();
  const { data } = useQuery(MlaDirectoryDocument);
  const targets = (data?.agencies ?? []).filter(
    (a) => a.state.code === user.agency.state.code && RECEIVING_AGENCY_KINDS.includes(a.kind) && a.id !== request.requested.agencyId,
  );
  return (
    <NativeSelect
      label={t('mla.form.forwardTo')}
      description={t('mla.form.forwardHint')}
      required
      data={[{ value: '', label: t('mla.draft.choose') }, ...targets.map((a) => ({ value: a.id, label: a.name }))]}
      error={error}
      {...register('forwardToAgencyId')}
    />
  );
}
