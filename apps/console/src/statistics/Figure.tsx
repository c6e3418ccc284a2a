import { BarChart } from '@mantine/charts';
import { Card, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

/** One figure of a chart: its label, its value (null: not known yet) and the value in words. */
export interface FigureRow {
  readonly label: string;
  readonly value: number | null;
  readonly text: string;
}

interface FigureProps {
  readonly id: string;
  readonly title: string;
  /** The table's column headers: what is counted, and the figure. */
  readonly columns: readonly [string, string];
  readonly rows: readonly FigureRow[];
  /** Show the table to everyone, not only to screen readers. */
  readonly tables: boolean;
  readonly chart: ReactNode;
}

/**
 * A chart and the same figures as a table. The chart is a picture only (hidden from screen
 * readers); the table is always there for them, and visible too when the reader asks for tables.
 */
export function Figure({ id, title, columns, rows, tables, chart }: FigureProps) {
  const table = (
    <Table withTableBorder aria-labelledby={`${id}-title`} data-testid={`${id}-table`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{columns[0]}</Table.Th>
          <Table.Th scope="col">{columns[1]}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.label}>
            <Table.Th scope="row" fw={400}>
              {row.label}
            </Table.Th>
            <Table.Td>{row.text}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return (
    <Card withBorder component="section" aria-labelledby={`${id}-title`} data-testid={id}>
      <Stack>
        <Title order={3} size="h4" id={`${id}-title`}>
          {title}
        </Title>
        <div aria-hidden="true" data-testid={`${id}-chart`}>
          {chart}
        </div>
        {tables ? table : <VisuallyHidden>{table}</VisuallyHidden>}
      </Stack>
    </Card>
  );
}

/** Horizontal bars, one per row with a value, each labelled with its figure in words. */
export function Bars({ rows, series, color }: { rows: readonly FigureRow[]; series: string; color: string }) {
  const known = rows.filter((row) => row.value !== null);
  const textOf = new Map(known.map((row) => [row.value, row.text]));
  return (
    <BarChart
      h={60 + 44 * known.length}
      data={known.map((row) => ({ label: row.label, value: row.value }))}
      dataKey="label"
      orientation="vertical"
      series={[{ name: 'value', label: series, color }]}
      yAxisProps={{ width: 220 }}
      withBarValueLabel
      valueFormatter={(value) => textOf.get(value) ?? String(value)}
      // Each bar carries its figure; an axis of values would only add fractions of a request.
      withXAxis={false}
      withTooltip={false}
      gridAxis="none"
      barChartProps={{ accessibilityLayer: false, margin: { right: 80 } }}
    />
  );
}

/** A single figure in large type, readable as text by everyone. */
export function KeyFigure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Text size="sm">{label}</Text>
      <Text fz={32} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}
