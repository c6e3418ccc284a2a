import { Card, List, SimpleGrid, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Fact } from '../app/Fact';
import { When } from '../app/When';
import type { HandoffFieldsFragment } from '../gql/graphql';
import { useT } from '../i18n/I18nProvider';
import { daysLeft } from './handoff-rules';

function Moment({ at }: { at: string | null | undefined }) {
  const t = useT();
  return at ? <When at={at} /> : <Text>{t('handoffs.fact.notRecorded')}</Text>;
}

/** What is known of the handoff; the coordinators-only facts are null for law enforcement and left out. */
export function HandoffFacts({ handoff }: { handoff: HandoffFieldsFragment }) {
  const t = useT();
  const intl = useIntl();
  // The State in the reader's language (the directory holds its English name).
  const agency = (a: HandoffFieldsFragment['referringAgency']) => `${a.name} (${intl.formatDisplayName(a.state.code, { type: 'region' }) ?? a.state.name})`;
  const yesNo = (value: boolean | null | undefined) => t(value ? 'handoffs.fact.yes' : 'handoffs.fact.no');
  const coordinator = handoff.view === 'COORDINATOR';
  return (
    <Card withBorder>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <Fact label={t('handoffs.fact.referring')}>{agency(handoff.referringAgency)}</Fact>
        <Fact label={t('handoffs.fact.receiving')}>{agency(handoff.receivingAgency)}</Fact>
        <Fact label={t('handoffs.fact.proposed')}>
          <When at={handoff.proposedAt} />
        </Fact>
        {handoff.status === 'PROPOSED' && (
          <Fact label={t('handoffs.fact.acceptanceDue')}>
            <When at={handoff.acceptanceDueAt} />
          </Fact>
        )}
        {handoff.acceptedAt && (
          <Fact label={t('handoffs.fact.accepted')}>
            <When at={handoff.acceptedAt} />
          </Fact>
        )}
        {handoff.startedAt && (
          <Fact label={t('handoffs.fact.started')}>
            <When at={handoff.startedAt} />
          </Fact>
        )}
        {handoff.completedAt && (
          <Fact label={t('handoffs.fact.completed')}>
            <When at={handoff.completedAt} />
          </Fact>
        )}
        {handoff.declinedAt && (
          <Fact label={t('handoffs.fact.declined')}>
            <When at={handoff.declinedAt} />
            {handoff.declineReason && <Text>{handoff.declineReason}</Text>}
          </Fact>
        )}
        {handoff.withdrawnAt && (
          <Fact label={t('handoffs.fact.withdrawn')}>
            <When at={handoff.withdrawnAt} />
            {handoff.withdrawalReason && <Text>{handoff.withdrawalReason}</Text>}
          </Fact>
        )}
        <Fact label={t('handoffs.fact.case')}>{handoff.linkedCaseReference ?? '—'}</Fact>
        {coordinator && (
          <>
            <Fact label={t('handoffs.list.form')}>{handoff.exploitationForm ? t(`form.${handoff.exploitationForm}`) : '—'}</Fact>
            <Fact label={t('handoffs.fact.minor')}>{yesNo(handoff.minor)}</Fact>
            <Fact label={t('handoffs.fact.nonPunishment')}>{yesNo(handoff.nonPunishment)}</Fact>
            <Fact label={t('handoffs.fact.identified')}>
              <Moment at={handoff.identifiedAt} />
            </Fact>
            {handoff.reflectionPeriodEndsAt && (
              <Fact label={t('handoffs.fact.reflection')}>
                <When at={handoff.reflectionPeriodEndsAt} relative={false} />
                <Text size="sm">{t('handoffs.fact.daysLeft', { days: daysLeft(new Date(handoff.reflectionPeriodEndsAt), new Date()) })}</Text>
              </Fact>
            )}
            <Fact label={t('handoffs.fact.risk')}>
              {handoff.riskLevel && <Text>{t(`handoffs.risk.${handoff.riskLevel}`)}</Text>}
              <Moment at={handoff.riskAssessedAt} />
            </Fact>
            {handoff.minor && (
              <>
                <Fact label={t('handoffs.fact.guardian')}>
                  <Moment at={handoff.guardianAppointedAt} />
                </Fact>
                <Fact label={t('handoffs.fact.bestInterest')}>
                  <Moment at={handoff.bestInterestAssessedAt} />
                </Fact>
              </>
            )}
            <Fact label={t('handoffs.fact.needs')}>
              <List size="sm">
                {(handoff.needs ?? []).map((need) => (
                  <List.Item key={need.need}>
                    {t(`handoffs.need.${need.need}`)}
                    {need.note && `: ${need.note}`}
                  </List.Item>
                ))}
              </List>
            </Fact>
          </>
        )}
      </SimpleGrid>
    </Card>
  );
}
