import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { FailureNotice } from '../app/FailureNotice';
import { When } from '../app/When';
import type { CaseQuery } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { RequestDisclosureDocument } from '../gql/graphql';

type Hit = CaseQuery['matches'][number];

function DisclosureRequest({ matchId }: { matchId: string }) {
  const t = useT();
  const [message, setMessage] = useState('');
  const [send, { data, loading, error }] = useMutation(RequestDisclosureDocument);
  if (data?.requestDisclosure) return <Text role="status">{t('hits.sent')}</Text>;
  return (
    <Stack gap="xs">
      <Textarea label={t('hits.message')} required value={message} onChange={(e) => setMessage(e.currentTarget.value)} autosize minRows={2} />
      <FailureNotice error={error} />
      <Group>
        <Button size="xs" loading={loading} onClick={() => void send({ variables: { matchId, message } }).catch(() => undefined)}>
          {t('hits.send')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Hits with cases of other States: whom to contact, never the other side's data; from a hit, ask or share. */
export function HitsPanel({ hits, onShare }: { hits: Hit[]; onShare(hit: Hit): void }) {
  const t = useT();
  const [asking, setAsking] = useState<string | null>(null);
  return (
    <Card withBorder component="section" aria-labelledby="hits-title">
      <Stack>
        <Title order={2} size="h3" id="hits-title">
          {t('hits.title')}
        </Title>
        {hits.length === 0 ? (
          <Text>{t('hits.empty')}</Text>
        ) : (
          <List spacing="md" data-testid="hits">
            {hits.map((hit) => (
              <List.Item key={hit.id}>
                <Stack gap="xs">
                  <Text>
                    {t('hits.item', {
                      identifier: t(`identifierType.${hit.identifierType}`),
                      agency: hit.otherAgency.name,
                      state: hit.otherAgency.stateName,
                      contact: `${hit.contact.displayName} <${hit.contact.email}>`,
                    })}{' '}
                    <When at={hit.foundAt} />
                  </Text>
                  <Group>
                    <Button size="xs" variant="default" onClick={() => setAsking(asking === hit.id ? null : hit.id)} aria-expanded={asking === hit.id}>
                      {t('hits.requestDisclosure')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => onShare(hit)}>
                      {t('hits.share')}
                    </Button>
                  </Group>
                  {asking === hit.id && <DisclosureRequest matchId={hit.id} />}
                </Stack>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}
