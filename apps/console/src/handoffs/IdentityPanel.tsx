import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, List, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { describeFailure } from '../app/failure';
import { Fact } from '../app/Fact';
import { FailureNotice } from '../app/FailureNotice';
import { When } from '../app/When';
import type { HandoffFieldsFragment, RevealVictimIdentityMutation } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { useSignedInUser } from '../session/SessionProvider';
import { HandoffDocument, RevealVictimIdentityDocument } from '../gql/graphql';

/** How long a revealed identity stays on screen. */
const SHOWN_SECONDS = 60;

type Identity = RevealVictimIdentityMutation['revealVictimIdentity'];

function RevealedIdentity({ identity, onHide }: { identity: Identity; onHide(): void }) {
  const t = useT();
  const [left, setLeft] = useState(SHOWN_SECONDS);
  useEffect(() => {
    const timer = window.setInterval(() => setLeft((seconds) => seconds - 1), 1000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left <= 0) onHide();
  }, [left, onHide]);
  return (
    <Alert color="yellow" data-testid="revealed-identity">
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Fact label={t('handoffs.identity.name')}>{`${identity.givenNames} ${identity.familyName}`}</Fact>
          <Fact label={t('handoffs.identity.born')}>{identity.dateOfBirth}</Fact>
          <Fact label={t('handoffs.identity.nationality')}>{identity.nationality}</Fact>
          <Fact label={t('handoffs.identity.languages')}>{identity.languages.join(', ')}</Fact>
          <Fact label={t('handoffs.identity.contact')}>{identity.contact ?? '—'}</Fact>
        </SimpleGrid>
        <Text size="sm" role="timer">
          {t('handoffs.identity.hidesIn', { seconds: Math.max(0, left) })}
        </Text>
        <Button variant="default" w="fit-content" onClick={onHide}>
          {t('handoffs.identity.hide')}
        </Button>
      </Stack>
    </Alert>
  );
}

/**
 * The victim's identity, hidden by default. A reveal states its purpose (and, with a second
 * factor, a fresh one-time code); the identity lives only in this component's state — never in
 * the Apollo cache or browser storage — and hides itself after a minute or when the page is left.
 */
/** Every reveal so far, by either coordinator: each sees the other's consultations. */
function RevealLog({ handoff }: { handoff: HandoffFieldsFragment }) {
  const t = useT();
  const user = useSignedInUser();
  const reveals = handoff.identityReveals ?? [];
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('handoffs.identity.reveals')}</Text>
      {reveals.length === 0 ? (
        <Text size="sm">{t('handoffs.identity.noReveals')}</Text>
      ) : (
        <List size="sm" data-testid="identity-reveals">
          {reveals.map((reveal) => (
            <List.Item key={reveal.revealedAt}>
              {reveal.revealedBy} ({t(reveal.agencyId === user.agency.id ? 'handoffs.messages.fromUs' : 'handoffs.messages.fromThem')}),{' '}
              <When at={reveal.revealedAt} />: {reveal.purpose}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

export function IdentityPanel({ handoff }: { handoff: HandoffFieldsFragment }) {
  const handoffId = handoff.id;
  const t = useT();
  const user = useSignedInUser();
  const askCode = user.secondFactorEnrolled || user.secondFactorRequired;
  const [purpose, setPurpose] = useState('');
  const [code, setCode] = useState('');
  const [identity, setIdentity] = useState<Identity | null>(null);
  const [reveal, { error, loading, reset }] = useMutation(RevealVictimIdentityDocument, {
    fetchPolicy: 'no-cache',
    // The handoff again, for its list of reveals (which now holds this one).
    refetchQueries: [{ query: HandoffDocument, variables: { id: handoff.id } }],
  });
  const failure = error ? describeFailure(error) : null;
  const hide = () => setIdentity(null);
  const submit = async () => {
    if (!purpose.trim()) return;
    const result = await reveal({ variables: { handoffId, purpose: purpose.trim(), oneTimeCode: askCode ? code.trim() : null } }).catch(() => null);
    setCode('');
    if (result?.data) {
      setIdentity(result.data.revealVictimIdentity);
      // The mutation's own copy goes too: the component's state is the identity's one place.
      reset();
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="identity-title">
      <Stack>
        <Title order={2} size="h3" id="identity-title">
          {t('handoffs.identity.title')}
        </Title>
        {identity ? (
          <RevealedIdentity identity={identity} onHide={hide} />
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <Stack>
              <Text>{t('handoffs.identity.hidden')}</Text>
              {failure?.kind === 'secondFactor' ? <Alert color="red" role="alert">{t('error.secondFactor')}</Alert> : <FailureNotice error={error} />}
              <Textarea
                label={t('handoffs.identity.purpose')}
                description={t('handoffs.identity.purposeHint')}
                required
                autosize
                minRows={2}
                value={purpose}
                onChange={(e) => setPurpose(e.currentTarget.value)}
              />
              {askCode && (
                <TextInput label={t('handoffs.identity.code')} autoComplete="one-time-code" required value={code} onChange={(e) => setCode(e.currentTarget.value)} />
              )}
              <Button type="submit" loading={loading} w="fit-content" disabled={!purpose.trim()}>
                {t('handoffs.identity.reveal')}
              </Button>
            </Stack>
          </form>
        )}
        <RevealLog handoff={handoff} />
      </Stack>
    </Card>
  );
}
