import { List, Paper, Text, ThemeIcon, Title } from '@mantine/core';
import { forwardRef } from 'react';
import { useT } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import type { MissingElement } from '../domain';

/** One line of the checklist and the fields of missingElements() that it stands for. */
interface Item {
  key: MessageKey;
  covers: (field: string) => boolean;
}

const ITEMS: Item[] = [
  { key: 'mla.check.legalBasis', covers: (f) => f === 'legalBasis' },
  { key: 'mla.check.treatyName', covers: (f) => f === 'treatyName' },
  { key: 'mla.check.measures', covers: (f) => f === 'measures' },
  { key: 'mla.check.measureDetails', covers: (f) => f.startsWith('measures[') },
  { key: 'mla.check.factsSummary', covers: (f) => f === 'factsSummary' },
  { key: 'mla.check.offences', covers: (f) => f === 'offences' },
  { key: 'mla.check.urgencyReason', covers: (f) => f === 'urgencyReason' },
  { key: 'mla.check.language', covers: (f) => f === 'language' },
];

/**
 * The elements a request must contain (UNTOC art. 18(15)), each marked present or missing in
 * words as the user types. The treaty name and the urgency reason are listed only when the
 * basis is a treaty or the request urgent. The count is announced politely as it changes.
 */
export const CompletenessChecklist = forwardRef<HTMLHeadingElement, { missing: MissingElement[]; treaty: boolean; urgent: boolean }>(
  function CompletenessChecklist({ missing, treaty, urgent }, headingRef) {
    const t = useT();
    const items = ITEMS.filter((i) => (i.key !== 'mla.check.treatyName' || treaty) && (i.key !== 'mla.check.urgencyReason' || urgent));
    const isMissing = (item: Item) => missing.some((m) => item.covers(m.field));
    const count = items.filter(isMissing).length;
    return (
      <Paper withBorder p="md" component="section" aria-labelledby="completeness-title" data-testid="checklist">
        <Title order={2} size="h4" id="completeness-title" ref={headingRef} tabIndex={-1}>
          {t('mla.check.title')}
        </Title>
        <Text size="sm" mb="xs">
          {t('mla.check.intro')}
        </Text>
        <Text role="status" fw={600} data-testid="checklist-summary" mb="xs">
          {count === 0 ? t('mla.check.complete') : t('mla.check.missingCount', { count })}
        </Text>
        <List spacing={4} listStyleType="none" ps={0}>
          {items.map((item) => {
            const absent = isMissing(item);
            return (
              <List.Item
                key={item.key}
                data-missing={absent}
                icon={
                  <ThemeIcon size="sm" radius="xl" color={absent ? 'red' : 'teal.9'} aria-hidden>
                    {absent ? '✗' : '✓'}
                  </ThemeIcon>
                }
              >
                {t(absent ? 'mla.check.itemMissing' : 'mla.check.itemPresent', { item: t(item.key) })}
              </List.Item>
            );
          })}
        </List>
      </Paper>
    );
  },
);
