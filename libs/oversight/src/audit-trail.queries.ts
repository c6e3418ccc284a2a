import { Injectable } from '@nestjs/common';
import { AccessService, AttemptedOn } from '@app/access';
import { AuditChainBreak, AuditEventFilter, AuditEventRecord, AuditTrailReader, AuditedCommands } from '@app/audit';
import { AuthenticatedContext, decodeSequenceKeyset, Page, pageOf, pageSize } from '@app/kernel';
import { EXPORT_FORMATS, ExportFormat, exportHeader, exportLine } from './export-format';
import { AuditChainBreakView, AuditChainStateView, AuditEventsQuery, AuditEventView } from './oversight-views';

/** Rows one export carries at most; it streams, so the cap bounds its time, not memory. */
export const AUDIT_EXPORT_MAX_ROWS = 1_000_000;

const EVENT_ID = /^[1-9][0-9]{0,17}$/;

/** An export about to stream: what to call the file and the lines to send. */
export interface AuditExport {
  readonly fileName: string;
  readonly mediaType: string;
  readonly lines: AsyncGenerator<string>;
}

/**
 * The auditors' view of the trail (rule 'audit:read'): the events of their own State, by its
 * users and on its data, one event in full, the chain's state and exports. Every consultation
 * is itself recorded, with the filter it used.
 */
@Injectable()
export class AuditTrailQueries {
  constructor(
    private readonly access: AccessService,
    private readonly commands: AuditedCommands,
    private readonly reader: AuditTrailReader,
  ) {}

  async events(ctx: AuthenticatedContext, args: AuditEventsQuery): Promise<Page<AuditEventView>> {
    const first = pageSize(args.first);
    const stateCode = await this.ownState(ctx, { type: 'audit-trail', id: ctx.actor.stateCode });
    const filter = args.filter ?? {};
    const after = args.after ? decodeSequenceKeyset(args.after) : undefined;
    const rows = await this.reader.page(stateCode, filter, first + 1, after);
    await this.commands.read(ctx, { action: 'audit.read', ...this.onTrail(stateCode), details: filterDetails(filter) });
    return pageOf(rows, first, (r) => [r.cursorAt, r.id], toView);
  }

  async event(ctx: AuthenticatedContext, id: string): Promise<AuditEventView> {
    const on = { type: 'audit-event', id };
    const stateCode = await this.ownState(ctx, on);
    const event = EVENT_ID.test(id) ? await this.reader.event(stateCode, id) : null;
    if (!event) return this.access.notFound(ctx, 'audit:read', on);
    await this.commands.read(ctx, { action: 'audit.read-event', targetType: 'audit-event', targetId: id, targetState: stateCode });
    return toView(event);
  }

  async chainState(ctx: AuthenticatedContext, verify: boolean): Promise<AuditChainStateView> {
    await this.ownState(ctx, { type: 'audit-chain' });
    const { sealed, pending, latestCheckpoint, verification } = await this.reader.chainState(verify);
    await this.commands.read(ctx, { action: verify ? 'audit.verify-chain' : 'audit.chain-state', targetType: 'audit-chain' });
    return {
      sealedEvents: sealed,
      pendingEvents: pending,
      latestCheckpoint,
      verified: verification !== null,
      intact: verification?.intact ?? null,
      checkpointsVerified: verification?.checkpoints ?? null,
      firstBroken: brokenAt(verification?.firstBroken),
    };
  }

  /**
   * A filtered selection of the State's trail as CSV or JSON Lines, read in batches as the
   * client takes it. Recorded before the first line leaves (format, filter), and again when
   * it ends (rows sent, whether complete).
   */
  async export(ctx: AuthenticatedContext, filter: AuditEventFilter, format: ExportFormat): Promise<AuditExport> {
    const stateCode = await this.ownState(ctx, { type: 'audit-export', id: ctx.actor.stateCode });
    const details = { format, ...filterDetails(filter) };
    await this.commands.read(ctx, { action: 'audit.export', ...this.onTrail(stateCode), details });
    const { mediaType, extension } = EXPORT_FORMATS[format];
    return { fileName: `audit-${stateCode}.${extension}`, mediaType, lines: this.lines(ctx, stateCode, filter, format) };
  }

  private async *lines(ctx: AuthenticatedContext, stateCode: string, filter: AuditEventFilter, format: ExportFormat): AsyncGenerator<string> {
    let rows = 0;
    let complete = false;
    try {
      const header = exportHeader(format);
      if (header) yield header;
      for await (const event of this.reader.events(stateCode, filter, AUDIT_EXPORT_MAX_ROWS)) {
        yield exportLine(format, event);
        rows++;
      }
      complete = true;
    } finally {
      const details = { format, rows, complete, capped: rows === AUDIT_EXPORT_MAX_ROWS, ...filterDetails(filter) };
      await this.commands.read(ctx, { action: 'audit.export-finished', ...this.onTrail(stateCode), details });
    }
  }

  /** The caller's State, once the policy lets them read its trail (a refusal is audited on `on`). */
  private async ownState(ctx: AuthenticatedContext, on: AttemptedOn): Promise<string> {
    const stateCode = ctx.actor.stateCode;
    await this.access.authorize(ctx, 'audit:read', { stateCode }, on);
    return stateCode;
  }

  private onTrail(stateCode: string) {
    return { targetType: 'audit-trail', targetId: stateCode, targetState: stateCode };
  }
}

/** The filters given, as the details of the audit row that records their use. */
function filterDetails(filter: AuditEventFilter): Record<string, string | boolean> {
  const { from, to, withPurpose, ...texts } = filter;
  const details: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(texts)) if (value) details[key] = value;
  if (from) details.from = from.toISOString();
  if (to) details.to = to.toISOString();
  if (withPurpose) details.withPurpose = true;
  return details;
}

function brokenAt(broken: AuditChainBreak | undefined): AuditChainBreakView | null {
  return broken ? { ...broken, eventId: broken.eventId === null ? null : String(broken.eventId) } : null;
}

function toView({ details, ...event }: AuditEventRecord): AuditEventView {
  return {
    ...event,
    details: Object.entries(details).map(([key, value]) => ({ key, value: value === null ? null : String(value) })),
  };
}
