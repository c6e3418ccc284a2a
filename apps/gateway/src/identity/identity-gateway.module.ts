import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { AuthResolver } from './auth.resolver';
import { DirectoryResolver } from './directory.resolver';
import { PlatformDirectoryResolver } from './platform-directory.resolver';
import { SecondFactorResolver } from './second-factor.resolver';
import { SessionsResolver } from './sessions.resolver';

/** Gateway side of identity: sign-in, the own account, sessions, second factor and the directory's administration over GraphQL. */
@Module({
  imports: [IdentityModule],
  providers: [AuthResolver, DirectoryResolver, PlatformDirectoryResolver, SecondFactorResolver, SessionsResolver],
})
export class IdentityGatewayModule {}
