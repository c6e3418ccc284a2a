import { NotificationKind } from '../notification-kind';
import { MailLanguage } from './mail-delivery';
import { digestMail, MAIL_WORDS, mailDate, notificationMail } from './mail-templates';

const CONSOLE = 'https://console.example';
const DUE = new Date('2026-12-24T09:30:00Z');

describe('notification mails', () => {
  it('say what happened, the reference and the deadline, and link to the console', () => {
    const mail = notificationMail(MailLanguage.EN, { kind: NotificationKind.MLA_DEADLINE_REMINDER, reference: 'MLA-DE-2026-0007', dueAt: DUE }, CONSOLE);
    expect(mail.subject).toBe('Cross-border coordination: A deadline of an MLA request is coming up (MLA-DE-2026-0007)');
    expect(mail.text).toContain('A deadline of an MLA request is coming up.');
    expect(mail.text).toContain('Reference: MLA-DE-2026-0007');
    expect(mail.text).toContain('Deadline: December 24, 2026 at 9:30 AM UTC');
    expect(mail.text).toContain(`${CONSOLE}/\n`);
    expect(mail.text).toContain(`${CONSOLE}/account`);
  });

  it('leave out the reference and the deadline when there are none', () => {
    const mail = notificationMail(MailLanguage.EN, { kind: NotificationKind.HANDOFF_PROPOSED, reference: null, dueAt: null }, CONSOLE);
    expect(mail.subject).toBe('Cross-border coordination: A victim-support handoff was proposed to your agency');
    expect(mail.text).not.toMatch(/Reference|Deadline/);
  });

  it("are written in the user's language, dates included", () => {
    const item = { kind: NotificationKind.MLA_DEADLINE_BREACHED, reference: 'MLA-1', dueAt: DUE };
    expect(notificationMail(MailLanguage.DE, item, CONSOLE).text).toContain('Eine Frist eines Rechtshilfeersuchens wurde versäumt.\nAktenzeichen: MLA-1\nFrist: 24. Dezember 2026 um 09:30 UTC');
    expect(notificationMail(MailLanguage.RO, item, CONSOLE).text).toContain('Termen: 24 decembrie 2026');
    expect(notificationMail(MailLanguage.RU, item, CONSOLE).text).toContain('Срок: 24 декабря 2026');
  });

  it('have wording for every kind in every language, each different from English but for English', () => {
    for (const language of Object.values(MailLanguage)) {
      for (const kind of Object.values(NotificationKind)) {
        expect(MAIL_WORDS[language].what[kind]).toMatch(/\S/);
        if (language !== MailLanguage.EN) expect(MAIL_WORDS[language].what[kind]).not.toBe(MAIL_WORDS.en.what[kind]);
      }
    }
  });

  it('gather a day in a digest, each item with its own reference and deadline', () => {
    const mail = digestMail(
      MailLanguage.EN,
      [
        { kind: NotificationKind.MLA_MESSAGE, reference: 'MLA-1', dueAt: DUE },
        { kind: NotificationKind.CASE_CARD_READ, reference: null, dueAt: null },
      ],
      new Date('2026-12-05T06:00:00Z'),
      CONSOLE,
    );
    expect(mail.subject).toBe('Cross-border coordination: Your daily summary of notifications (2)');
    expect(mail.text).toContain('What happened in the 24 hours before December 5, 2026 at 6:00 AM UTC:\nNotifications: 2');
    expect(mail.text).toContain('- There is a new message on an MLA request.\n  Reference: MLA-1\n  Deadline: December 24, 2026');
    expect(mail.text).toContain('- A reference card your agency shared was read.\n\n');
  });

  it('write dates in UTC whatever the time zone of the worker', () => {
    expect(mailDate(MailLanguage.EN, new Date('2026-12-31T23:30:00Z'))).toBe('December 31, 2026 at 11:30 PM UTC');
  });
});
