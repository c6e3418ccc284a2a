import { createTransport } from 'nodemailer';
import { AppConfig } from '@app/config';

/** What the sender needs of nodemailer: one mail out, or the SMTP server's refusal. */
export interface MailTransport {
  sendMail(mail: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
  close(): void;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** SMTP through nodemailer, from SMTP_URL; null while mail is off (SMTP_URL empty). */
export function smtpTransport(config: Pick<AppConfig, 'SMTP_URL'>): MailTransport | null {
  return config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
}
