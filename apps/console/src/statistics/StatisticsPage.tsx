import '@mantine/charts/styles.css';
import './register';
import { useQuery } from '@apollo/client/react';
import { DonutChart } from '@mantine/charts';
import { SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { oneOf } from '../app/search-params';
import { FailureNotice } from '../app/FailureNotice';
import { FORMS } from '../cases/search';
import type { HandoffStatus, Role } from '../gql/graphql';
import { HANDOFF_STATUSES } from '../handoffs/search';
import { useT } from '../i18n/I18nProvider';
import { useSignedInUser } from '../session/SessionProvider';
import { Bars, Figure, FigureRow, KeyFigure } from './Figure';
import { HandoffStatisticsDocument, MlaStatisticsDocument } from '../gql/graphql';

// Who may read which figures (libs/access: mla:statistics, handoff:statistics).
const MLA_ROLES: Role[] = ['PROSECUTOR', 'CENTRAL_AUTHORITY_OFFICER'];

const STATUS_COLOURS: Record<HandoffStatus, string> = {
  PROPOSED: 'yellow.5',
  ACCEPTED: 'blue.6',
  IN_PROGRESS: 'teal.6',
  COMPLETED: 'green.8',
  DECLINED: 'red.8',
  WITHDRAWN: 'gray.6',
};

/** Medians shown to one decimal. */
const rounded = (value: number) => Math.round(value * 10) / 10;

function useFormatters() {
  const t = useT();
  const intl = useIntl();
  return {
    count: (value: number) => intl.formatNumber(value),
    days: (value: number | null) => (value === null ? t('statistics.notYet') : t('statistics.days', { days: rounded(value) })),
    hours: (value: number | null) => (value === null ? t('statistics.notYet') : t('statistics.hours', { hours: rounded(value) })),
  };
}

function MlaFigures({ tables }: { tables: boolean }) {
  const t = useT();
  const format = useFormatters();
  const { data, error } = useQuery(MlaStatisticsDocument, { fetchPolicy: 'network-only' });
  const statistics = data?.mlaStatistics;
  const byStatus: FigureRow[] = (statistics?.byStatus ?? []).map((s) => ({ label: t(`mla.status.${s.status}`), value: s.count, text: format.count(s.count) }));
  const medians: FigureRow[] = statistics
    ? [
        { label: t('statistics.mla.toAcknowledge'), value: statistics.medianDaysToAcknowledge ?? null, text: format.days(statistics.medianDaysToAcknowledge ?? null) },
        { label: t('statistics.mla.toExecute'), value: statistics.medianDaysToExecute ?? null, text: format.days(statistics.medianDaysToExecute ?? null) },
      ]
    : [];
  return (
    <Stack component="section" aria-labelledby="mla-statistics-title">
      <Title order={2} id="mla-statistics-title">
        {t('statistics.mla.title')}
      </Title>
      <FailureNotice error={error} />
      {statistics && byStatus.length === 0 && <Text>{t('statistics.mla.none')}</Text>}
      {statistics && byStatus.length > 0 && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <KeyFigure testId="mla-overdue" label={t('statistics.mla.overdue')} value={format.count(statistics.overdue)} />
            {medians.map((row) => (
              <KeyFigure key={row.label} testId="mla-median" label={row.label} value={row.text} />
            ))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Figure
              id="mla-by-status"
              title={t('statistics.mla.byStatus')}
              columns={[t('statistics.mla.status'), t('statistics.count')]}
              rows={byStatus}
              tables={tables}
              chart={<Bars rows={byStatus} series={t('statistics.count')} color="blue.7" />}
            />
            <Figure
              id="mla-medians"
              title={t('statistics.mla.medians')}
              columns={[t('statistics.mla.measure'), t('statistics.mla.median')]}
              rows={medians}
              tables={tables}
              chart={<Bars rows={medians} series={t('statistics.mla.median')} color="teal.8" />}
            />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

function HandoffFigures({ tables }: { tables: boolean }) {
  const t = useT();
  const format = useFormatters();
  const { data, error } = useQuery(HandoffStatisticsDocument, { fetchPolicy: 'network-only' });
  const statistics = data?.handoffStatistics;
  const byStatus = (statistics?.byStatus ?? []).flatMap((s) => {
    const status = oneOf(HANDOFF_STATUSES, s.key);
    return status ? [{ status, label: t(`handoffs.status.${status}`), value: s.count, text: format.count(s.count) }] : [];
  });
  const byForm: FigureRow[] = (statistics?.byExploitationForm ?? []).flatMap((s) => {
    const form = oneOf(FORMS, s.key);
    return form ? [{ label: t(`form.${form}`), value: s.count, text: format.count(s.count) }] : [];
  });
  const total = byStatus.reduce((sum, row) => sum + row.value, 0);
  return (
    <Stack component="section" aria-labelledby="handoff-statistics-title">
      <Title order={2} id="handoff-statistics-title">
        {t('statistics.handoffs.title')}
      </Title>
      <FailureNotice error={error} />
      {statistics && total === 0 && <Text>{t('statistics.handoffs.none')}</Text>}
      {statistics && total > 0 && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <KeyFigure testId="handoffs-total" label={t('statistics.handoffs.total')} value={format.count(total)} />
            <KeyFigure
              testId="handoffs-acceptance"
              label={t('statistics.handoffs.toAcceptance')}
              value={format.hours(statistics.medianHoursToAcceptance ?? null)}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Figure
              id="handoffs-by-status"
              title={t('statistics.handoffs.byStatus')}
              columns={[t('statistics.handoffs.status'), t('statistics.count')]}
              rows={byStatus}
              tables={tables}
              chart={
                <DonutChart
                  data={byStatus.map((row) => ({ name: `${row.label}: ${row.text}`, value: row.value, color: STATUS_COLOURS[row.status] }))}
                  withLegend
                  withTooltip={false}
                  chartLabel={format.count(total)}
                  accessibilityLayer={false}
                  // A picture only: not a stop for the keyboard (the table beside it holds the figures).
                  pieProps={{ rootTabIndex: -1 }}
                  mx="auto"
                />
              }
            />
            <Figure
              id="handoffs-by-form"
              title={t('statistics.handoffs.byForm')}
              columns={[t('statistics.handoffs.form'), t('statistics.count')]}
              rows={byForm}
              tables={tables}
              chart={<Bars rows={byForm} series={t('statistics.count')} color="grape.8" />}
            />
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}

/** The figures a head of unit shows in a meeting: the MLA requests and the handoffs of the own agency, as the role may read them. */
export function StatisticsPage() {
  const t = useT();
  const user = useSignedInUser();
  const [tables, setTables] = useState(false);
  const mla = user.roles.some((role) => MLA_ROLES.includes(role));
  const handoffs = user.roles.includes('VICTIM_COORDINATOR');
  if (!mla && !handoffs) {
    return (
      <Stack>
        <Title order={1}>{t('statistics.title')}</Title>
        <Text>{t('statistics.noFigures')}</Text>
      </Stack>
    );
  }
  return (
    <Stack>
      <Title order={1}>{t('statistics.title')}</Title>
      <Text>{t('statistics.intro', { agency: user.agency.name })}</Text>
      <Switch label={t('statistics.showTables')} checked={tables} onChange={(event) => setTables(event.currentTarget.checked)} />
      {mla && <MlaFigures tables={tables} />}
      {handoffs && <HandoffFigures tables={tables} />}
    </Stack>
  );
}
