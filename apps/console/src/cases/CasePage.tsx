import './register';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { describeFailure } from '../app/failure';
import { Fact } from '../app/Fact';
import { FailureNotice } from '../app/FailureNotice';
import { When } from '../app/When';
import type { CaseDetailsFragment } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { AnchorLink } from '../app/links';
import { CardsPanel } from './CardsPanel';
import { CaseForm, CaseValues } from './CaseForm';
import { CaseStory } from './CaseStory';
import { HitsPanel } from './HitsPanel';
import { IdentifiersPanel } from './IdentifiersPanel';
import { ShareForm, ShareTarget } from './ShareForm';
import { CaseDocument, UpdateCaseDocument } from '../gql/graphql';

const route = getRouteApi('/cases/$caseId');

const valuesOf = (c: CaseDetailsFragment): CaseValues => ({
  nationalReference: c.nationalReference,
  title: c.title,
  status: c.status,
  formsOfExploitation: c.formsOfExploitation,
  childVictims: c.childVictims,
  organisedCrimeGroup: c.organisedCrimeGroup,
  financialInvestigation: c.financialInvestigation,
});

/** The case's own fields, and their editing with the version read (a stale one is refused and the fresh one shown). */
function CaseSummary({ details }: { details: CaseDetailsFragment }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const client = useApolloClient();
  const [update, { error, reset }] = useMutation(UpdateCaseDocument, { refetchQueries: [CaseDocument] });
  const flags = [
    details.childVictims && t('caseForm.childVictims'),
    details.organisedCrimeGroup && t('caseForm.ocg'),
    details.financialInvestigation && t('caseForm.financial'),
  ].filter(Boolean);
  const stale = error ? describeFailure(error).kind === 'conflict' : false;
  return (
    <Card withBorder>
      {editing || stale ? (
        <CaseForm
          // A fresh version read after a conflict starts the form again from what is stored now.
          key={details.version}
          initial={valuesOf(details)}
          error={error}
          onCancel={() => {
            reset();
            setEditing(false);
          }}
          onSubmit={async (values) => {
            const done = await update({ variables: { input: { id: details.id, version: details.version, ...values } } }).catch(async (failed: unknown) => {
              // Changed by someone else: read the case again, so the form offers the stored version.
              if (describeFailure(failed).kind === 'conflict') await client.refetchQueries({ include: [CaseDocument] });
              return null;
            });
            if (done?.data) {
              reset();
              setEditing(false);
            }
          }}
        />
      ) : (
        <Stack>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Fact label={t('caseForm.status')}>{t(`caseStatus.${details.status}`)}</Fact>
            <Fact label={t('caseForm.forms')}>{details.formsOfExploitation.map((f) => t(`form.${f}`)).join(', ')}</Fact>
            <Fact label={t('case.flags')}>{flags.length ? flags.join(', ') : t('case.noFlags')}</Fact>
            <Fact label={t('case.updated')}>
              <When at={details.updatedAt} />
            </Fact>
          </SimpleGrid>
          <Group>
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('case.edit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Card>
  );
}

/** One case and what surrounds it: its fields, identifiers, hits with other States and the cards shared from it. */
export function CasePage() {
  const t = useT();
  const { caseId } = route.useParams();
  const { data, error } = useQuery(CaseDocument, { variables: { id: caseId } });
  const [sharing, setSharing] = useState<{ target: ShareTarget | null } | null>(null);
  const details = data?.case;
  return (
    <Stack>
      <AnchorLink to="/cases">{t('case.back')}</AnchorLink>
      <FailureNotice error={error} />
      {details && (
        <>
          <Title order={1}>{`${details.nationalReference} — ${details.title}`}</Title>
          <CaseSummary details={details} />
          <IdentifiersPanel caseId={details.id} identifiers={details.identifiers} />
          <HitsPanel
            hits={data.matches}
            onShare={(hit) =>
              setSharing({ target: { agencyId: hit.otherAgency.id, matchId: hit.id, agencyName: hit.otherAgency.name, stateName: hit.otherAgency.stateName } })
            }
          />
          {sharing && <ShareForm key={sharing.target?.matchId ?? 'new'} caseId={details.id} target={sharing.target} onDone={() => setSharing(null)} />}
          <CardsPanel cards={data.caseShares} onShare={() => setSharing({ target: null })} />
          <CaseStory caseId={details.id} caseReference={details.nationalReference} />
        </>
      )}
    </Stack>
  );
}
