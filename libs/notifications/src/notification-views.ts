import { MailDelivery, MailLanguage } from './domain/mail-delivery';
import { NotificationKind } from './notification-kind';

/** An in-app notice, as its recipient sees it. */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  message: string;
  subjectType: string | null;
  subjectId: string | null;
  createdAt: Date;
  read: boolean;
}

export interface NotificationsQuery {
  first?: number | null;
  after?: string | null;
  unreadOnly?: boolean | null;
}

/** How one kind of notification reaches its user by e-mail. */
export interface NotificationPreferenceView {
  kind: NotificationKind;
  delivery: MailDelivery;
  /** False while the user keeps the kind's default. */
  chosen: boolean;
}

export interface NotificationPreferencesView {
  language: MailLanguage;
  kinds: NotificationPreferenceView[];
}

/** A notification mail given up on: what failed, never what it said. */
export interface MailDeliveryFailureView {
  id: string;
  recipientName: string;
  recipientEmail: string;
  kind: NotificationKind | null;
  attempts: number;
  lastError: string | null;
  failedAt: Date;
}
