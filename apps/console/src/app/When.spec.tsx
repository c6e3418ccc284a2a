/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import { relativeTo, When } from './When';

describe('When', () => {
  it('picks the largest unit that fits', () => {
    const now = new Date('2026-12-05T12:00:00Z');
    expect(relativeTo(new Date('2026-12-08T12:00:00Z'), now)).toEqual([3, 'day']);
    expect(relativeTo(new Date('2026-12-05T10:00:00Z'), now)).toEqual([-2, 'hour']);
    expect(relativeTo(new Date('2026-12-05T12:00:20Z'), now)).toEqual([0, 'minute']);
  });

  it('shows the absolute date in the language with the distance beside it', () => {
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000 + 60_000).toISOString();
    render(
      <IntlProvider locale="de" timeZone="Europe/Berlin">
        <When at={inThreeDays} />
      </IntlProvider>,
    );
    const time = screen.getByText(/in 3 Tagen/);
    expect(time.getAttribute('datetime')).toBe(inThreeDays);
    expect(time.textContent).toMatch(/\d{2}\.\d{2}\.\d{4}|\d{1,2}\. \w+/);
  });
});
