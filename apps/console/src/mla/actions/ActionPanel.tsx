import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { FailureNotice } from '../../app/FailureNotice';
import { describeFailure } from '../../app/failure';
import type { MlaAction, MlaRequestFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { ButtonLink } from '../../app/links';
import { ActionForm } from './ActionForm';
import { ActionValues, transitionInputOf } from './action-form';
import { MlaRequestDocument, TransitionMlaRequestDocument } from '../../gql/graphql';

/**
 * The steps the server says the caller's side may take now (availableActions), each opening
 * its form. A step sends the version seen; when someone else changed the request meanwhile
 * (CONFLICT) the panel says so and the request is read again.
 */
export function ActionPanel({ request }: { request: MlaRequestFieldsFragment }) {
  const t = useT();
  const [open, setOpen] = useState<MlaAction | null>(null);
  // The version the form was opened on: a change arriving live meanwhile still answers CONFLICT,
  // so a step is never taken on a version its author did not see when filling the form.
  const [openedOn, setOpenedOn] = useState(request.version);
  const [done, setDone] = useState<MlaAction | null>(null);
  const [transition, { error, loading, reset }] = useMutation(TransitionMlaRequestDocument);
  const [conflict, setConflict] = useState<unknown>(null);
  const client = useApolloClient();

  // Another version (a step here or by the other side): a form for the old one would be stale.
  useEffect(() => setOpen((current) => (current && request.availableActions.includes(current) ? current : null)), [request.version, request.availableActions]);

  const send = async (action: MlaAction, values: ActionValues) => {
    setDone(null);
    setConflict(null);
    try {
      await transition({ variables: { input: transitionInputOf(action, values, { ...request, version: openedOn }) } });
      setOpen(null);
      setDone(action);
    } catch (failure) {
      if (describeFailure(failure).kind === 'conflict') {
        setConflict(failure);
        setOpen(null);
        reset();
        await client.refetchQueries({ include: [MlaRequestDocument] });
      }
    }
  };

  return (
    <Stack component="section" aria-labelledby="actions-title" data-testid="actions">
      <Title order={2} id="actions-title">
        {t('mla.actions.title')}
      </Title>
      {conflict !== null && <FailureNotice error={conflict} />}
      {error && <FailureNotice error={error} />}
      {done && (
        <Alert color="teal" role="status" data-testid="action-done">
          {t('mla.actions.done', { action: t(`mla.action.${done}`) })}
        </Alert>
      )}
      {/* A draft is completed with the drafting form; its steps (submit, withdraw) are offered below. */}
      {request.status === 'DRAFT' && request.availableActions.includes('SUBMIT') && (
        <Group>
          <ButtonLink variant="outline" to="/mla/$requestId/edit" params={{ requestId: request.id }}>
            {t('mla.draft.edit')}
          </ButtonLink>
        </Group>
      )}
      {request.availableActions.length === 0 ? (
        <Text data-testid="no-actions">{t('mla.actions.none')}</Text>
      ) : (
        <Group data-testid="offered-actions">
          {request.availableActions.map((action) => (
            <Button
              key={action}
              variant={open === action ? 'filled' : 'default'}
              aria-expanded={open === action}
              onClick={() => {
                reset();
                setDone(null);
                setOpenedOn(request.version);
                setOpen(open === action ? null : action);
              }}
            >
              {t(`mla.action.${action}`)}
            </Button>
          ))}
        </Group>
      )}
      {open && (
        <ActionForm
          key={`${open}-${request.version}`}
          action={open}
          request={request}
          busy={loading}
          onSubmit={(values) => send(open, values)}
          onCancel={() => setOpen(null)}
        />
      )}
    </Stack>
  );
}
