import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { FailureNotice } from '../app/FailureNotice';
import { When } from '../app/When';
import type { AuditChainStateQuery } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { AuditChainStateDocument } from '../gql/graphql';

type ChainState = AuditChainStateQuery['auditChainState'];

function Checkpoint({ checkpoint }: { checkpoint: ChainState['latestCheckpoint'] }) {
  const t = useT();
  if (!checkpoint) return <Text>{t('audit.chain.noCheckpoint')}</Text>;
  const holds = checkpoint.signatureValid && checkpoint.matchesChain;
  return (
    <Stack gap={4}>
      <Text>
        {t('audit.chain.checkpoint', { position: checkpoint.position, eventId: checkpoint.eventId ?? '—' })} <When at={checkpoint.signedAt} />
      </Text>
      {holds ? (
        <Text data-testid="checkpoint-holds">{t('audit.chain.checkpointHolds')}</Text>
      ) : (
        <Alert color="red" role="alert" data-testid="checkpoint-fails">
          {t(checkpoint.signatureValid ? 'audit.chain.checkpointMismatch' : 'audit.chain.signatureInvalid')}
        </Alert>
      )}
    </Stack>
  );
}

function Verification({ state }: { state: ChainState }) {
  const t = useT();
  if (state.intact) {
    return (
      <Alert color="green" role="status" data-testid="chain-intact">
        {t('audit.chain.intact', { checkpoints: state.checkpointsVerified ?? 0 })}
      </Alert>
    );
  }
  const broken = state.firstBroken;
  return (
    <Alert color="red" role="alert" data-testid="chain-broken">
      {t('audit.chain.broken', { position: broken?.position ?? '—', eventId: broken?.eventId ?? '—', reason: broken?.reason ?? '—' })}
    </Alert>
  );
}

/** The chain's state in plain words: what is sealed, the latest signed checkpoint, and on request the whole chain verified. */
export function ChainStatePanel() {
  const t = useT();
  const { data, error } = useQuery(AuditChainStateDocument, { variables: { verify: false } });
  const [verify, verification] = useLazyQuery(AuditChainStateDocument, { fetchPolicy: 'network-only' });
  const state = data?.auditChainState;
  const verified = verification.data?.auditChainState;
  return (
    <Card withBorder component="section" aria-labelledby="chain-title" data-testid="chain-state">
      <Stack gap="sm">
        <Title order={2} id="chain-title">
          {t('audit.chain.title')}
        </Title>
        <FailureNotice error={error ?? verification.error} />
        {state && (
          <>
            <Text data-testid="chain-sealed">{t('audit.chain.sealed', { sealed: state.sealedEvents, pending: state.pendingEvents })}</Text>
            <Checkpoint checkpoint={state.latestCheckpoint} />
          </>
        )}
        {verified?.verified && <Verification state={verified} />}
        <Text size="sm">{t('audit.chain.verifyHint')}</Text>
        <div>
          <Button variant="default" loading={verification.loading} onClick={() => void verify({ variables: { verify: true } })}>
            {t('audit.chain.verify')}
          </Button>
        </div>
      </Stack>
    </Card>
  );
}
