import { Injectable } from '@nestjs/common';
import { CommandStep } from '@app/commands';
import { AuthenticatedContext } from '@app/kernel';
import { caseMatches } from './case.aggregates';

/** The command on a hit: its parties may ask each other for a reference card. */
@Injectable()
export class CaseMatchesCommands {
  constructor(private readonly step: CommandStep) {}

  /** Asks the other party to a hit to share a reference card of its case. */
  async requestDisclosure(ctx: AuthenticatedContext, matchId: string, message: string): Promise<boolean> {
    await this.step.change(ctx, caseMatches, {
      action: 'case-match:request-disclosure',
      id: matchId,
      expectedVersion: null,
      decide: (hit) => {
        const ownerAgencyId = hit.agencyIds[0] === ctx.actor.agencyId ? hit.agencyIds[1] : hit.agencyIds[0];
        return {
          audit: { action: 'case-match.request-disclosure', recipients: [ownerAgencyId] },
          events: [
            {
              type: 'cases.disclosure-requested',
              aggregateType: 'case-match',
              aggregateId: hit.id,
              payload: { matchId: hit.id, requesterAgencyId: ctx.actor.agencyId, ownerAgencyId, message: message.trim() },
            },
          ],
        };
      },
    });
    return true;
  }
}
