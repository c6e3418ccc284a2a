import { Module } from '@nestjs/common';
import { AccessModule } from '@app/access';
import { AuditModule } from '@app/audit';
import { CommandsModule } from '@app/commands';
import { IdentityReadsModule } from '@app/identity';
import { CaseMatchesCommands } from './case-matches.commands';
import { CaseMatchesQueries } from './case-matches.queries';
import { CaseSharesCommands } from './case-shares.commands';
import { CaseSharesQueries } from './case-shares.queries';
import { CasesCommands } from './cases.commands';
import { CasesQueries } from './cases.queries';

const SERVICES = [CasesCommands, CasesQueries, CaseSharesCommands, CaseSharesQueries, CaseMatchesCommands, CaseMatchesQueries];

/** The cases context's commands and queries: cases, their identifiers, reference cards and hits. */
@Module({
  imports: [AccessModule, AuditModule, CommandsModule, IdentityReadsModule],
  providers: SERVICES,
  exports: SERVICES,
})
export class CasesModule {}
