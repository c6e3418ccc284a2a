import { Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AgencyKind } from '@app/kernel';

/** What other contexts may know of an agency: who it is, of which kind, in which State. */
export interface AgencyFacts {
  readonly id: string;
  readonly name: string;
  readonly kind: AgencyKind;
  readonly stateCode: string;
  readonly stateName: string;
}

/**
 * The read other contexts use instead of joining `agency` and `state`, which identity owns.
 * No command renames, moves or re-kinds an agency or a State once created, so what was read is
 * kept for the life of the process: after the first request only a new agency costs a query.
 */
@Injectable()
export class AgencyDirectory {
  private readonly known = new Map<string, AgencyFacts>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async agency(id: string): Promise<AgencyFacts | null> {
    return (await this.agencies([id])).get(id) ?? null;
  }

  /** The agencies of `ids` that exist (absent ids are left out). */
  async agencies(ids: readonly string[]): Promise<ReadonlyMap<string, AgencyFacts>> {
    const missing = [...new Set(ids)].filter((id) => !this.known.has(id));
    if (missing.length) {
      const rows: AgencyFacts[] = await this.db.query(
        `SELECT a.id, a.name, a.kind, a.state_code AS "stateCode", s.name AS "stateName"
           FROM agency a JOIN state s ON s.code = a.state_code
          WHERE a.id = ANY($1::uuid[])`,
        [missing.filter(isUuid)],
      );
      for (const row of rows) this.known.set(row.id, row);
    }
    return new Map(ids.flatMap((id) => (this.known.has(id) ? [[id, this.known.get(id)!]] : [])));
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (id: string): boolean => UUID.test(id);

/** Identity's reads for other contexts, without the rest of identity (sign-in, the guard ...): the worker imports it too. */
@Module({ providers: [AgencyDirectory], exports: [AgencyDirectory] })
export class IdentityReadsModule {}
