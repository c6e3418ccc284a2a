/**
 * The queue of notification mails (libs/notifications sends them from the worker): job names
 * and payloads here, beside the domain events' queue, so every job name of the platform is
 * found in this library.
 */
export const MAIL_QUEUE = 'notification-mail';

/** Job names on MAIL_QUEUE: one mail to send, or the daily gathering of digests (repeated). */
export const MAIL_SEND_JOB = 'send';
export const MAIL_DIGEST_JOB = 'digest';

/** A `send` job: the delivery row to send; its id is also the job id, so a mail is queued once. */
export interface MailSendJob {
  readonly deliveryId: string;
}

/** A `digest` job carries nothing: it gathers the 24 hours before the hour it runs in. */
export type MailDigestJob = Record<string, never>;
