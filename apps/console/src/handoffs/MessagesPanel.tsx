import { useMutation } from '@apollo/client/react';
import { Button, Card, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { FailureNotice } from '../app/FailureNotice';
import { When } from '../app/When';
import type { HandoffFieldsFragment } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { useSignedInUser } from '../session/SessionProvider';
import { SendHandoffMessageDocument } from '../gql/graphql';

/** The thread between the two coordinators, oldest first. */
export function MessagesPanel({ handoff }: { handoff: HandoffFieldsFragment }) {
  const t = useT();
  const user = useSignedInUser();
  const [body, setBody] = useState('');
  const [send, { error, loading }] = useMutation(SendHandoffMessageDocument);
  const messages = handoff.messages ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="messages-title">
      <Stack>
        <Title order={2} size="h3" id="messages-title">
          {t('handoffs.messages.title')}
        </Title>
        {messages.length === 0 && <Text>{t('handoffs.messages.empty')}</Text>}
        <Stack gap="xs" data-testid="handoff-messages">
          {messages.map((message) => (
            <Paper key={message.id} withBorder p="sm">
              <Text size="sm" fw={600}>
                {t(message.authorAgencyId === user.agency.id ? 'handoffs.messages.fromUs' : 'handoffs.messages.fromThem')} ·{' '}
                <When at={message.sentAt} />
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{message.body}</Text>
            </Paper>
          ))}
        </Stack>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!body.trim()) return;
            void send({ variables: { input: { handoffId: handoff.id, body: body.trim() } } })
              .then(() => setBody(''))
              .catch(() => undefined);
          }}
        >
          <Stack maw={640}>
            <FailureNotice error={error} />
            <Textarea label={t('handoffs.messages.body')} required autosize minRows={2} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
            <Button type="submit" loading={loading} w="fit-content">
              {t('handoffs.messages.send')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
