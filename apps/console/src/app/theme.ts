import { createTheme } from '@mantine/core';

// Colours and focus chosen for WCAG 2.2 AA: a visible focus ring everywhere, darker shades for text on white.
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  focusRing: 'always',
  defaultRadius: 'sm',
});
