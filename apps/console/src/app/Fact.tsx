import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One labelled fact of a record (a case, a card): the label above, the value below. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text fw={600} size="sm">
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}
