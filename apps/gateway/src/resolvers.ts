import { CaseMatchesResolver } from './cases/case-matches.resolver';
import { CaseSharesResolver } from './cases/case-shares.resolver';
import { CasesResolver } from './cases/cases.resolver';
import { HandoffDocumentsResolver } from './handoffs/handoff-documents.resolver';
import { HandoffsResolver } from './handoffs/handoffs.resolver';
import { AuthResolver } from './identity/auth.resolver';
import { DirectoryResolver } from './identity/directory.resolver';
import { PlatformDirectoryResolver } from './identity/platform-directory.resolver';
import { SecondFactorResolver } from './identity/second-factor.resolver';
import { SessionsResolver } from './identity/sessions.resolver';
import { MlaResolver } from './mla/mla.resolver';
import { NotificationPreferencesResolver } from './notifications/notification-preferences.resolver';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { AuditTrailResolver } from './oversight/audit-trail.resolver';
import { WebhooksResolver } from './webhooks/webhooks.resolver';

/**
 * Every resolver the gateway serves, for printing the schema without booting the app. The
 * e2e schema test compares the running gateway's schema with the file, so a resolver
 * missing here shows up as drift.
 */
export const GATEWAY_RESOLVERS = [AuthResolver, DirectoryResolver, PlatformDirectoryResolver, SecondFactorResolver, SessionsResolver, NotificationsResolver, AuditTrailResolver, MlaResolver, HandoffsResolver, CasesResolver, CaseSharesResolver, CaseMatchesResolver, WebhooksResolver, HandoffDocumentsResolver, NotificationPreferencesResolver] as const;
