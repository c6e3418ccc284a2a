import { Identity1764000000000 } from './1764000000000-identity';
import { Audit1764000000100 } from './1764000000100-audit';
import { Outbox1764000000200 } from './1764000000200-outbox';
import { Deadlines1764000000250 } from './1764000000250-deadlines';
import { Cases1764000000300 } from './1764000000300-cases';
import { Mla1764000000400 } from './1764000000400-mla';
import { Handoffs1764000000500 } from './1764000000500-handoffs';
import { Idempotency1764000000600 } from './1764000000600-idempotency';
import { DocumentChunks1764000000700 } from './1764000000700-document-chunks';
import { PlatformSteps1764000000800 } from './1764000000800-platform-steps';
import { ExpectChanged1764000000900 } from './1764000000900-expect-changed';
import { OutboxPolled1764000001000 } from './1764000001000-outbox-polled';
import { DeadlineStops1764000001100 } from './1764000001100-deadline-stops';
import { MlaReceived1764000001200 } from './1764000001200-mla-received';
import { MlaForwardingAuthorities1764000001300 } from './1764000001300-mla-forwarding-authorities';
import { Accounts1764000001400 } from './1764000001400-accounts';
import { AuditViews1764000001600 } from './1764000001600-audit-views';
import { Webhooks1764000002000 } from './1764000002000-webhooks';
import { HandoffDocuments1764000001800 } from './1764000001800-handoff-documents';
import { AgencyUsers1764000001500 } from './1764000001500-agency-users';
import { NotificationMail1764000001900 } from './1764000001900-notification-mail';

/** Every migration, in order. A new migration is added here as well as in its own file. */
export const MIGRATIONS = [Identity1764000000000, Audit1764000000100, Outbox1764000000200, Deadlines1764000000250, Cases1764000000300, Mla1764000000400, Handoffs1764000000500, Idempotency1764000000600, DocumentChunks1764000000700, PlatformSteps1764000000800, ExpectChanged1764000000900, OutboxPolled1764000001000, DeadlineStops1764000001100, MlaReceived1764000001200, MlaForwardingAuthorities1764000001300, Accounts1764000001400, AgencyUsers1764000001500, AuditViews1764000001600, HandoffDocuments1764000001800, NotificationMail1764000001900, Webhooks1764000002000];
