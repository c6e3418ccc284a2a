import { EntityManager } from 'typeorm';
import { FormOfExploitation } from '@app/kernel';
import { parseConfig } from '@app/config';
import {
  ConsentBasis,
  ConsentScope,
  HandoffStatus,
  Keyring,
  parseKeyring,
  RiskLevel,
  seal,
  victimIdentityAad,
  VictimNeed,
} from '@app/handoffs';

// Fixed identifiers, so loading the demo world again converges on the same handoff.
const DEMO_HANDOFF_ID = '5d1c7c3e-2f4a-4b8e-9d61-0a7e4c2b9f01';
const DEMO_SERVICE_ID = '5d1c7c3e-2f4a-4b8e-9d61-0a7e4c2b9f02';
const DEMO_VICTIM_CODE = 'V-DE-7F3K9Q';
const DAY = 86_400_000;

/** The keyring of the process's configuration (development default outside production). */
function configuredKeyring(): Keyring {
  const config = parseConfig(process.env);
  return parseKeyring(config.VICTIM_DATA_KEYS, config.VICTIM_DATA_ACTIVE_KEY);
}

/**
 * The demo story's handoff: a victim of labour exploitation referred by the DE victim-support
 * service to La Strada Moldova for safe return; consent to share with law enforcement, risk
 * assessed, accepted and in progress (the reflection period is over) with one service logged.
 * Fictitious person. Dates are relative to now, so the story stays current.
 */
export async function seedDemoHandoffs(m: EntityManager, keyring: Keyring = configuredKeyring()): Promise<void> {
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY);
  const identity = {
    givenNames: 'Andrei',
    familyName: 'Demo-Rusu',
    dateOfBirth: '1991-07-04',
    nationality: 'MD',
    languages: ['ro', 'ru'],
    contact: null,
  };
  const sealed = seal(keyring, JSON.stringify(identity), victimIdentityAad(DEMO_HANDOFF_ID));
  const needs = [
    { need: VictimNeed.SAFE_RETURN, note: 'Wishes to return to his family near Cahul.' },
    { need: VictimNeed.PSYCHOLOGICAL, note: 'Counselling in Romanian after months of forced labour on a building site.' },
    { need: VictimNeed.COMPENSATION_CLAIM, note: 'Unpaid wages; claim against the employer in Germany.' },
  ];
  await m.query(
    `INSERT INTO handoff (id, victim_code, referring_agency_id, receiving_agency_id, referring_state, receiving_state,
       proposed_by, status, urgent, exploitation_form, minor, needs, non_punishment, linked_case_reference, identified_at,
       identity_key_id, identity_sealed, consent_scope, consent_basis, consent_given_at, consent_recorded_by,
       risk_assessed_at, risk_level, acceptance_due_at, proposed_at, accepted_at, started_at)
     SELECT $1, $2, de.id, md.id, 'DE', 'MD', coord.id, $3, false, $4, false, $5::jsonb, true, 'STA-BLN-276-Js-417/26', $6,
            $7, $8, $9, $10, $11, coord.id, $12, $13, $14, $15, $16, $17
       FROM agency de, agency md, app_user coord
      WHERE de.state_code = 'DE' AND de.name = 'Fachberatungsstelle Menschenhandel Berlin'
        AND md.state_code = 'MD' AND md.name = 'La Strada Moldova'
        AND coord.email = 'victim_coordinator.de@demo.example'
     ON CONFLICT (id) DO UPDATE SET
       status = EXCLUDED.status, needs = EXCLUDED.needs, identity_key_id = EXCLUDED.identity_key_id,
       identity_sealed = EXCLUDED.identity_sealed, consent_scope = EXCLUDED.consent_scope,
       consent_withdrawn_at = NULL, linked_case_reference = EXCLUDED.linked_case_reference, identified_at = EXCLUDED.identified_at, proposed_at = EXCLUDED.proposed_at,
       consent_given_at = EXCLUDED.consent_given_at, risk_assessed_at = EXCLUDED.risk_assessed_at,
       acceptance_due_at = EXCLUDED.acceptance_due_at, accepted_at = EXCLUDED.accepted_at,
       started_at = EXCLUDED.started_at, completed_at = NULL, withdrawn_at = NULL, updated_at = now()`,
    [
      DEMO_HANDOFF_ID,
      DEMO_VICTIM_CODE,
      HandoffStatus.IN_PROGRESS,
      FormOfExploitation.LABOUR,
      JSON.stringify(needs),
      at(60),
      sealed.keyId,
      sealed.data,
      ConsentScope.SHARE_WITH_LAW_ENFORCEMENT,
      ConsentBasis.VICTIM,
      at(41),
      at(39),
      RiskLevel.MEDIUM,
      at(37),
      at(40),
      at(39),
      at(25),
    ],
  );
  await m.query(
    `INSERT INTO handoff_service (id, handoff_id, need, delivered_at, delivered_by, note)
     SELECT $1, $2, $3, $4, u.id, $5 FROM app_user u WHERE u.email = 'victim_coordinator.md@demo.example'
     ON CONFLICT (id) DO NOTHING`,
    [DEMO_SERVICE_ID, DEMO_HANDOFF_ID, VictimNeed.PSYCHOLOGICAL, at(20), 'First counselling session in Chișinău.'],
  );
}
