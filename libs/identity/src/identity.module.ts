import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { EventsModule } from '@app/events';
import { AccessTokens } from './auth/access-tokens';
import { AuthGuard } from './auth/auth.guard';
import { AuthResolver } from './auth/auth.resolver';
import { AuthService } from './auth/auth.service';
import { SignInThrottle } from './auth/sign-in-throttle';
import { DirectoryResolver } from './directory/directory.resolver';
import { DirectoryService } from './directory/directory.service';
import { IDENTITY_ENTITIES } from './identity.entities';

/** States, agencies, users and sessions; installs the API-wide authentication guard. */
@Module({
  imports: [
    TypeOrmModule.forFeature(IDENTITY_ENTITIES),
    AccessModule,
    AuditModule,
    EventsModule,
  ],
  providers: [
    AccessTokens,
    AuthService,
    SignInThrottle,
    AuthResolver,
    DirectoryService,
    DirectoryResolver,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, AccessTokens, DirectoryService],
})
export class IdentityModule {}
