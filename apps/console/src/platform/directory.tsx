import { useQuery } from '@apollo/client/react';
import { Alert } from '@mantine/core';
import { useIntl } from 'react-intl';
import { describeFailure } from '../app/failure';
import { FailureNotice } from '../app/FailureNotice';
import type { AgencyKind } from '../gql/graphql';
import { PlatformDirectoryDocument } from '../gql/graphql';

export const AGENCY_KINDS: readonly AgencyKind[] = [
  'PROSECUTION_SERVICE',
  'POLICE',
  'CENTRAL_AUTHORITY',
  'FINANCIAL_INTELLIGENCE_UNIT',
  'LABOUR_INSPECTORATE',
  'VICTIM_SUPPORT_SERVICE',
];

/** States and agencies with their administrators' count, as both pages of the journey show them. */
export const usePlatformDirectory = () => useQuery(PlatformDirectoryDocument, { fetchPolicy: 'cache-and-network' });

/** The refetch every command of the journey asks for, so both tables show what it changed. */
export const REFRESH_DIRECTORY = { refetchQueries: [PlatformDirectoryDocument], awaitRefetchQueries: true };

/** A State's name in the reader's language where the browser knows the country, else as stored. */
export function useStateName(): (state: { code: string; name: string }) => string {
  const intl = useIntl();
  return (state) => intl.formatDisplayName(state.code, { type: 'region', fallback: 'none' }) ?? state.name;
}

/**
 * A command's failure: a conflict in the words of the form (`conflict`, by the state it names);
 * invalid input is left to the fields; anything else as the console says it everywhere.
 */
export function CommandFailure({ error, conflict }: { error: unknown; conflict: (state?: string) => string }) {
  if (!error) return null;
  const failure = describeFailure(error);
  if (failure.kind === 'badInput') return null;
  if (failure.kind !== 'conflict') return <FailureNotice error={error} />;
  return (
    <Alert color="yellow" role="alert" data-failure="conflict">
      {conflict(failure.state)}
    </Alert>
  );
}
