import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { EventsModule } from '@app/events';
import { CaseMatchesResolver } from './case-matches.resolver';
import { CaseMatchesService } from './case-matches.service';
import { CaseSharesResolver } from './case-shares.resolver';
import { CaseSharesService } from './case-shares.service';
import { CasesResolver } from './cases.resolver';
import { CasesService } from './cases.service';

/** Gateway side: cases, their identifiers, reference cards and hits over GraphQL. */
@Module({
  imports: [AccessModule, AuditModule, EventsModule],
  providers: [
    CasesService,
    CaseSharesService,
    CaseMatchesService,
    CasesResolver,
    CaseSharesResolver,
    CaseMatchesResolver,
  ],
  exports: [CasesService],
})
export class CasesModule {}
