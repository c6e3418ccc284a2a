import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { IdentityModule } from '@app/identity';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { DirectoryResolver } from './directory.resolver';
import { PlatformDirectoryResolver } from './platform-directory.resolver';
import { SecondFactorResolver } from './second-factor.resolver';
import { SessionsResolver } from './sessions.resolver';

/**
 * Gateway side of identity: sign-in, the own account, sessions, second factor and the
 * directory's administration over GraphQL; installs the API-wide authentication guard.
 */
@Module({
  imports: [IdentityModule],
  providers: [AuthResolver, DirectoryResolver, PlatformDirectoryResolver, SecondFactorResolver, SessionsResolver, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class IdentityGatewayModule {}
