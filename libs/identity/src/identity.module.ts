import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { CommandsModule } from '@app/commands';
import { EventsModule } from '@app/events';
import { AccessTokens } from './auth/access-tokens';
import { AuthGuard } from './auth/auth.guard';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { SignInThrottle } from './auth/sign-in-throttle';
import { DirectoryResolver } from './directory/directory.resolver';
import { DirectoryCommands } from './directory/directory.commands';
import { DirectoryQueries } from './directory/directory.queries';
import { PasswordSetupService } from './directory/password-setup.service';
import { IDENTITY_ENTITIES } from './identity.entities';
import { PlatformDirectoryResolver } from './platform/platform-directory.resolver';
import { PlatformDirectoryCommands } from './platform/platform-directory.commands';
import { PlatformDirectoryQueries } from './platform/platform-directory.queries';
import { SecondFactorResolver } from './second-factor/second-factor.resolver';
import { SecondFactorService } from './second-factor/second-factor.service';
import { SessionStates } from './sessions/session-states';
import { SessionsResolver } from './sessions/sessions.resolver';
import { SessionsService } from './sessions/sessions.service';

/** States, agencies, users, sessions and second factors; installs the API-wide authentication guard. */
@Module({
  imports: [
    TypeOrmModule.forFeature(IDENTITY_ENTITIES),
    AccessModule,
    AuditModule,
    CommandsModule,
    EventsModule,
  ],
  providers: [
    AccessTokens,
    AuthService,
    SignInThrottle,
    AuthResolver,
    DirectoryCommands,
    DirectoryQueries,
    DirectoryResolver,
    PlatformDirectoryCommands,
    PlatformDirectoryQueries,
    PlatformDirectoryResolver,
    PasswordSetupService,
    SessionStates,
    SessionsService,
    SessionsResolver,
    SecondFactorService,
    SecondFactorResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, AccessTokens, DirectoryQueries, SecondFactorService, SessionStates],
})
export class IdentityModule {}
