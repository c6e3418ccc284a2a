import { ScheduleModule } from '@nestjs/schedule';
import { randomUUID } from 'node:crypto';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource, EntityManager } from 'typeorm';
import { AuditModule, AuditSealer, AuditSealerModule } from '@app/audit';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { Role, RequestContext } from '@app/kernel';
import { testConfig } from '@test/support/config';

/** The audit library on the real database of this test run (or the one named in `overrides`). */
export function auditTestApp(overrides: Record<string, string> = {}): Promise<TestingModule> {
  return Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(testConfig(overrides)),
      ScheduleModule.forRoot(),
      DatabaseModule,
      AuditModule,
      AuditSealerModule,
    ],
  }).compile();
}

/** A signed-in auditor-to-be of `stateCode`, with a request id of its own. */
export function contextIn(stateCode: string): RequestContext {
  return {
    actor: { userId: randomUUID(), agencyId: randomUUID(), stateCode, roles: [Role.PROSECUTOR], sessionId: randomUUID() },
    requestId: randomUUID(),
  };
}

/** Ids of the events aimed at `targetId`, as seen by `db` (a transaction's manager sees its own uncommitted rows). */
export async function eventIdsByTarget(db: Pick<EntityManager, 'query'>, targetId: string): Promise<string[]> {
  const rows: { id: string }[] = await db.query(
    `SELECT id::text AS id FROM audit_event WHERE target_id = $1 ORDER BY id`,
    [targetId],
  );
  return rows.map((row) => row.id);
}

/** Chain position of each event, null while unsealed. */
export async function positionsOf(dataSource: DataSource, eventIds: string[]): Promise<(number | null)[]> {
  const rows: { event_id: string; position: string }[] = await dataSource.query(
    `SELECT event_id::text, position FROM audit_chain WHERE event_id = ANY($1::bigint[])`,
    [eventIds],
  );
  const byId = new Map(rows.map((row) => [row.event_id, Number(row.position)]));
  return eventIds.map((id) => byId.get(id) ?? null);
}

/**
 * Seals until the given events are linked. Other test files share the database and may
 * run a sealer too, so one call can find the chain locked or seal someone else's batch.
 */
export async function sealUntilLinked(sealer: AuditSealer, dataSource: DataSource, eventIds: string[]): Promise<number[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    await sealer.sealPending();
    const positions = await positionsOf(dataSource, eventIds);
    if (positions.every((p): p is number => p !== null)) return positions;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`events ${eventIds.join(', ')} were not sealed`);
}
