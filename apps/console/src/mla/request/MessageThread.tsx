import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { FailureNotice } from '../../app/FailureNotice';
import { When } from '../../app/When';
import type { MlaRequestFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n/I18nProvider';
import { useSignedInUser } from '../../session/SessionProvider';
import { agencyLabel } from './parties';
import { MlaRequestDocument, PostMlaMessageDocument } from '../../gql/graphql';

/** The thread between the two sides, oldest first, and a message to add (once the request was sent). */
export function MessageThread({ request }: { request: MlaRequestFieldsFragment }) {
  const t = useT();
  const user = useSignedInUser();
  const [body, setBody] = useState('');
  const [post, posting] = useMutation(PostMlaMessageDocument, { refetchQueries: [MlaRequestDocument], awaitRefetchQueries: true });
  const send = async () => {
    const done = await post({ variables: { input: { requestId: request.id, body: body.trim() } } }).catch(() => null);
    if (done?.data) setBody('');
  };
  return (
    <Stack component="section" aria-labelledby="messages-title">
      <Title order={2} id="messages-title">
        {t('mla.messages.title')}
      </Title>
      {request.messages.length === 0 ? (
        <Text>{t('mla.messages.none')}</Text>
      ) : (
        <Stack component="ol" gap="xs" p={0} style={{ listStyle: 'none' }} data-testid="messages">
          {request.messages.map((m) => (
            <Paper component="li" withBorder p="sm" key={m.id}>
              <Text size="sm" fw={600}>
                {agencyLabel(t, request, m.authorAgencyId, user.agency.id)} · <When at={m.createdAt} />
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{m.body}</Text>
            </Paper>
          ))}
        </Stack>
      )}
      {request.submittedAt !== null && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <Stack gap="xs">
            <FailureNotice error={posting.error} />
            <Textarea label={t('mla.messages.new')} autosize minRows={2} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
            <Group>
              <Button type="submit" disabled={body.trim() === ''} loading={posting.loading}>
                {t('mla.messages.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
