import { Alert, Stack, Table, Text, Title } from '@mantine/core';
import { AnchorLink } from '../../app/links';
import { ReactNode } from 'react';
import { When } from '../../app/When';
import type { MlaRequestFieldsFragment } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n/I18nProvider';

/** A term and its description, as a row of a two-column table with the term as row header. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="30%">
        {term}
      </Table.Th>
      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{children}</Table.Td>
    </Table.Tr>
  );
}

/** What the request says: parties, basis, measures and their outcomes, facts, handling, case. */
export function RequestFacts({ request }: { request: MlaRequestFieldsFragment }) {
  const t = useT();
  const { locale } = useLocale();
  const party = (p: MlaRequestFieldsFragment['requesting']) => t('mla.party', { agency: p.agencyName, state: p.stateCode });
  const language = request.language ? (new Intl.DisplayNames([locale], { type: 'language' }).of(request.language) ?? request.language) : null;
  const none = t('mla.facts.none');
  return (
    <Stack component="section" aria-labelledby="facts-title">
      <Title order={2} id="facts-title">
        {t('mla.facts.title')}
      </Title>
      <RefusalNotice request={request} />
      {request.status === 'ADDITIONAL_INFO_REQUESTED' && request.infoQuestion && (
        <Alert color="blue" title={t('mla.facts.openQuestion')} data-testid="open-question">
          {request.infoQuestion}
        </Alert>
      )}
      {request.status === 'POSTPONED' && (
        <Alert color="blue" title={t('mla.facts.postponed')}>
          {request.postponedReason}
          {request.postponedUntil && (
            <Text>
              {t('mla.facts.postponedUntil')} <When at={request.postponedUntil} />
            </Text>
          )}
        </Alert>
      )}
      <Table withTableBorder>
        <Table.Tbody>
          <Fact term={t('mla.facts.requesting')}>{party(request.requesting)}</Fact>
          <Fact term={t('mla.facts.requested')}>{party(request.requested)}</Fact>
          <Fact term={t('mla.facts.case')}>
            {request.caseId ? (
              <CaseLink caseId={request.caseId} />
            ) : (
              none
            )}
          </Fact>
          <Fact term={t('mla.facts.legalBasis')}>
            {request.legalBasis ? t(`mla.basis.${request.legalBasis}`) : none}
            {request.treatyName && <Text>{request.treatyName}</Text>}
          </Fact>
          <Fact term={t('mla.facts.factsSummary')}>{request.factsSummary ?? none}</Fact>
          <Fact term={t('mla.facts.offences')}>{request.offences.length ? request.offences.join('\n') : none}</Fact>
          <Fact term={t('mla.facts.personsConcerned')}>{request.personsConcerned ?? none}</Fact>
          <Fact term={t('mla.facts.urgency')}>{request.urgent ? t('mla.facts.urgentBecause', { reason: request.urgencyReason ?? '' }) : t('mla.facts.notUrgent')}</Fact>
          <Fact term={t('mla.facts.confidentiality')}>{t(request.confidential ? 'mla.facts.confidential' : 'mla.facts.notConfidential')}</Fact>
          <Fact term={t('mla.facts.language')}>{language ?? none}</Fact>
          {request.extensionDays > 0 && (
            <Fact term={t('mla.facts.extension')}>
              {t('mla.facts.extendedBy', { days: request.extensionDays, reason: request.extensionReason ?? '' })}
            </Fact>
          )}
          {request.submittedAt && (
            <Fact term={t('mla.facts.submittedAt')}>
              <When at={request.submittedAt} />
            </Fact>
          )}
        </Table.Tbody>
      </Table>
      <Table withTableBorder data-testid="measures">
        <Table.Caption>{t('mla.facts.measures')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('mla.facts.measure')}</Table.Th>
            <Table.Th scope="col">{t('mla.facts.details')}</Table.Th>
            <Table.Th scope="col">{t('mla.facts.outcome')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {request.measures.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Th scope="row">{t(`mla.measure.${m.kind}`)}</Table.Th>
              <Table.Td>{m.details}</Table.Td>
              <Table.Td>
                {t(`mla.outcome.${m.outcome}`)}
                {m.ground && <Text size="sm">{t(`mla.ground.${m.ground}`)}</Text>}
                {m.note && <Text size="sm">{m.note}</Text>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** The link back to the request's case. */
function CaseLink({ caseId }: { caseId: string }) {
  const t = useT();
  return (
    <AnchorLink to="/cases/$caseId" params={{ caseId }} data-testid="case-link">
      {t('mla.facts.openCase')}
    </AnchorLink>
  );
}

/** A refusal in words: its ground (of the legal basis) and the mandatory reasons. */
function RefusalNotice({ request }: { request: MlaRequestFieldsFragment }) {
  const t = useT();
  if (request.status !== 'REFUSED') return null;
  return (
    <Alert color="red" title={t('mla.facts.refused')} data-testid="refusal">
      {request.refusalGround && <Text fw={600}>{t(`mla.ground.${request.refusalGround}`)}</Text>}
      {request.refusalGroundText && <Text>{request.refusalGroundText}</Text>}
      {request.refusalReasons && <Text style={{ whiteSpace: 'pre-wrap' }}>{request.refusalReasons}</Text>}
    </Alert>
  );
}
