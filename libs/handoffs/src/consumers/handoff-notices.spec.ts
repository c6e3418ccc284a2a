import { acceptanceDeadlineMessage, handoffChangeMessage } from './handoff-notices';

describe('handoff notices', () => {
  it.each([
    ['proposed', 'PROPOSED', 'Handoff V-DE-ABC234: a handoff was proposed to your agency (status PROPOSED).'],
    ['transitioned', 'ACCEPTED', 'Handoff V-DE-ABC234: the other agency moved the handoff (status ACCEPTED).'],
    ['consent-withdrawn', 'ACCEPTED', 'Handoff V-DE-ABC234: consent was withdrawn (status ACCEPTED).'],
  ])('%s → %s', (change, status, message) => {
    expect(handoffChangeMessage({ victimCode: 'V-DE-ABC234', change, status })).toBe(message);
  });

  it('says when the acceptance is due, in UTC', () => {
    expect(acceptanceDeadlineMessage('V-DE-ABC234', '2030-01-01T12:34:56.000+02:00', false)).toBe(
      'Handoff V-DE-ABC234 awaits acceptance or a decline by 2030-01-01 10:34 UTC.',
    );
    expect(acceptanceDeadlineMessage('V-DE-ABC234', '2030-01-01T10:34:00Z', true)).toContain('deadline is missed');
  });
});
