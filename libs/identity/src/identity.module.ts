import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { CommandsModule } from '@app/commands';
import { EventsModule } from '@app/events';
import { AccessTokens } from './auth/access-tokens';
import { AuthService } from './auth/auth.service';
import { SignInThrottle } from './auth/sign-in-throttle';
import { DirectoryCommands } from './directory/directory.commands';
import { DirectoryQueries } from './directory/directory.queries';
import { PasswordSetupService } from './directory/password-setup.service';
import { IDENTITY_ENTITIES } from './identity.entities';
import { PlatformDirectoryCommands } from './platform/platform-directory.commands';
import { PlatformDirectoryQueries } from './platform/platform-directory.queries';
import { SecondFactorService } from './second-factor/second-factor.service';
import { SessionStates } from './sessions/session-states';
import { SessionsService } from './sessions/sessions.service';

/** States, agencies, users, sessions and second factors (the gateway's identity module installs the authentication guard). */
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
    DirectoryCommands,
    DirectoryQueries,
    PlatformDirectoryCommands,
    PlatformDirectoryQueries,
    PasswordSetupService,
    SessionStates,
    SessionsService,
    SecondFactorService,
  ],
  exports: [
    AuthService,
    AccessTokens,
    DirectoryCommands,
    DirectoryQueries,
    PlatformDirectoryCommands,
    PlatformDirectoryQueries,
    PasswordSetupService,
    SecondFactorService,
    SessionsService,
    SessionStates,
  ],
})
export class IdentityModule {}
