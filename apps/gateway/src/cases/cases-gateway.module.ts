import { Module } from '@nestjs/common';
import { CasesModule } from '@app/cases';
import { CaseMatchesResolver } from './case-matches.resolver';
import { CaseSharesResolver } from './case-shares.resolver';
import { CasesResolver } from './cases.resolver';

/** Cases, their identifiers, reference cards and hits over GraphQL. */
@Module({
  imports: [CasesModule],
  providers: [CasesResolver, CaseSharesResolver, CaseMatchesResolver],
})
export class CasesGatewayModule {}
