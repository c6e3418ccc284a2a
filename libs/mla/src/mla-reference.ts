import { EntityManager } from 'typeorm';
import { formatReference } from './domain/mla-measures';

/**
 * The next reference of a requesting State's year, e.g. MLA-DE-2026-000042. The counter row
 * is updated in the caller's transaction, so concurrent drafts queue on it and never collide.
 */
export async function nextReference(m: EntityManager, stateCode: string, year: number): Promise<string> {
  const [{ serial }]: { serial: number }[] = await m.query(
    `INSERT INTO mla_reference_counter (state_code, year, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (state_code, year) DO UPDATE SET last_value = mla_reference_counter.last_value + 1
     RETURNING last_value AS serial`,
    [stateCode, year],
  );
  return formatReference(stateCode, year, serial);
}
