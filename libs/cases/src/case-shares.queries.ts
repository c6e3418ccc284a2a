import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService, receivedCardsSql } from '@app/access';
import { AuditedCommands } from '@app/audit';
import { CommandStep } from '@app/commands';
import { AgencyDirectory } from '@app/identity';
import { AuthenticatedContext, Clock, CLOCK, cursorTimestampSql, decodeKeyset, Page, pageOf, pageSize } from '@app/kernel';
import { caseFiles, SHARE_COLUMNS, ShareRow } from './case.aggregates';
import { PageRequest } from './case.requests';
import { agencyRefs } from './agency-refs';
import { CaseShareView } from './case.views';

/** Reference cards as answered: only what the owner wrote for the recipient, with both agencies named. */
export async function cardViews(directory: AgencyDirectory, rows: readonly ShareRow[]): Promise<CaseShareView[]> {
  const agency = await agencyRefs(directory, rows.flatMap((r) => [r.ownerAgencyId, r.recipientAgencyId]));
  return rows.map(({ caseId: _case, firstReadAt: _read, ownerAgencyId, recipientAgencyId, ...written }) => ({
    ...written,
    ownerAgency: agency(ownerAgencyId),
    recipientAgency: agency(recipientAgencyId),
  }));
}

/** The lists of reference cards: those of one case for its owner, and those shared with the caller's agency. */
@Injectable()
export class CaseSharesQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly commands: AuditedCommands,
    private readonly step: CommandStep,
    private readonly directory: AgencyDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The cards of one case, for its owner (revoked and expired ones included). */
  async ofCase(ctx: AuthenticatedContext, caseId: string): Promise<CaseShareView[]> {
    await this.step.visible(ctx, caseFiles, 'case:share', caseId);
    const rows: ShareRow[] = await this.db.query(
      `SELECT ${SHARE_COLUMNS} FROM case_share sh WHERE sh.case_id = $1 ORDER BY sh.shared_at DESC, sh.id DESC`,
      [caseId],
    );
    await this.commands.read(ctx, { action: 'case-share.list', targetType: 'case', targetId: caseId });
    return cardViews(this.directory, rows);
  }

  /** The active cards shared with the caller's agency, newest first. */
  async received(ctx: AuthenticatedContext, request: PageRequest): Promise<Page<CaseShareView>> {
    const first = pageSize(request.first);
    const recipientAgencyId = ctx.actor.agencyId;
    await this.access.authorize(ctx, 'case-share:list-received', { recipientAgencyId }, { type: 'case-share' });
    const after = request.after ? decodeKeyset(request.after) : null;
    const rows: (ShareRow & { cursorAt: string })[] = await this.db.query(
      `SELECT ${SHARE_COLUMNS}, ${cursorTimestampSql('sh.shared_at')} AS "cursorAt"
         FROM case_share sh
        WHERE ${receivedCardsSql('sh', '$1', '$2')}
          AND ($3::timestamptz IS NULL OR (sh.shared_at, sh.id) < ($3::timestamptz, $4::uuid))
        ORDER BY sh.shared_at DESC, sh.id DESC
        LIMIT $5`,
      [recipientAgencyId, this.clock.now(), after?.at ?? null, after?.id ?? null, first + 1],
    );
    const page = pageOf(rows, first, (r) => [r.cursorAt, r.id], ({ cursorAt: _, ...row }) => row);
    const cards = await cardViews(this.directory, page.entries.map((e) => e.item));
    const answered = { ...page, entries: page.entries.map((e, i) => ({ cursor: e.cursor, item: cards[i] })) };
    await this.commands.read(ctx, {
      action: 'case-share.list-received',
      targetType: 'case-share',
      details: { shareIds: cards.map((card) => card.id).join(',') },
    });
    return answered;
  }
}
