import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AccessService } from '@app/access';
import { AgencyKind, AuthenticatedContext, Role } from '@app/kernel';
import { PlatformAgencyView } from '../identity.views';

interface PlatformAgencyRow {
  id: string;
  name: string;
  kind: AgencyKind;
  state_code: string;
  state_name: string;
  active_administrators: number;
}

/** The platform admin's view of the directory: every agency with the number of its active administrators, and no user beyond that count. */
@Injectable()
export class PlatformDirectoryQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  async platformAgencies(ctx: AuthenticatedContext): Promise<PlatformAgencyView[]> {
    await this.access.authorize(ctx, 'agency:overview', {}, { type: 'agency' });
    const rows: PlatformAgencyRow[] = await this.db.query(
      `SELECT a.id, a.name, a.kind, s.code AS state_code, s.name AS state_name,
              count(u.id) FILTER (WHERE u.disabled_at IS NULL AND '${Role.AGENCY_ADMIN}' = ANY (u.roles))::int AS active_administrators
         FROM agency a
         JOIN state s ON s.code = a.state_code
         LEFT JOIN app_user u ON u.agency_id = a.id
        GROUP BY a.id, s.code
        ORDER BY s.code, a.name`,
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      state: { code: r.state_code, name: r.state_name },
      activeAdministrators: r.active_administrators,
    }));
  }
}
