import { useIntl } from 'react-intl';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "in 3 days" or "2 hours ago", in the chosen language, for a moment relative to now. */
export function relativeTo(at: Date, now: Date): [number, Intl.RelativeTimeFormatUnit] {
  const delta = at.getTime() - now.getTime();
  const [unit, size] = UNITS.find(([, ms]) => Math.abs(delta) >= ms) ?? UNITS[UNITS.length - 1];
  return [Math.round(delta / size), unit];
}

/**
 * A moment as people read it: the absolute date and time in the user's language and time
 * zone, with how far it is from now beside it ("12 Dec 2026, 14:00 (in 3 days)").
 */
export function When({ at, relative = true, dateOnly = false }: { at: string; relative?: boolean; dateOnly?: boolean }) {
  const intl = useIntl();
  const date = new Date(at);
  const absolute = intl.formatDate(date, dateOnly ? { dateStyle: 'medium' } : { dateStyle: 'medium', timeStyle: 'short' });
  const [value, unit] = relativeTo(date, new Date());
  return (
    <time dateTime={at}>
      {absolute}
      {relative && ` (${intl.formatRelativeTime(value, unit, { numeric: 'auto' })})`}
    </time>
  );
}
