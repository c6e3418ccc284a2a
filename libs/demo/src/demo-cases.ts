import { EntityManager } from 'typeorm';
import { FormOfExploitation, IdentifierRole, IdentifierType, normaliseIdentifier } from '@app/cases';
import { OutboxService } from '@app/events';

interface DemoIdentifier {
  type: IdentifierType;
  value: string;
  role: IdentifierRole;
  note: string;
}

interface DemoCase {
  state: string;
  agency: string;
  contactEmail: string;
  reference: string;
  title: string;
  forms: FormOfExploitation[];
  organisedCrimeGroup: boolean;
  financialInvestigation: boolean;
  identifiers: DemoIdentifier[];
}

const RECRUITER_PHONE = '+373 69 123 456';
const WAGES_IBAN = 'MD24 AG00 0225 1000 1310 4168';

/**
 * The demo story's cases: Berlin prosecutors and Moldovan prosecutors work the same ring
 * without knowing it (they share the recruiter's phone and the IBAN wages are skimmed to,
 * so the worker finds two hits); the Romanian transit case shares nothing.
 */
const DEMO_CASES: DemoCase[] = [
  {
    state: 'DE',
    agency: 'Staatsanwaltschaft Berlin',
    contactEmail: 'prosecutor.de@demo.example',
    reference: 'STA-BLN-276-Js-417/26',
    title: 'Labour exploitation on Berlin construction sites',
    forms: [FormOfExploitation.LABOUR],
    organisedCrimeGroup: true,
    financialInvestigation: true,
    identifiers: [
      { type: IdentifierType.PHONE, value: RECRUITER_PHONE, role: IdentifierRole.SUSPECT, note: 'Recruiter, called the workers' },
      { type: IdentifierType.IBAN, value: WAGES_IBAN, role: IdentifierRole.SUSPECT, note: '“Housing fees” deducted from wages' },
      { type: IdentifierType.COMPANY_REGISTRATION, value: 'HRB 201734 B', role: IdentifierRole.SUSPECT, note: 'Subcontractor' },
    ],
  },
  {
    state: 'MD',
    agency: 'Prosecutor’s Office for Combating Organised Crime',
    contactEmail: 'prosecutor.md@demo.example',
    reference: 'PCCOCS-2026-112',
    title: 'Recruitment for work abroad under false promises',
    forms: [FormOfExploitation.LABOUR],
    organisedCrimeGroup: true,
    financialInvestigation: false,
    identifiers: [
      { type: IdentifierType.PHONE, value: '+37369123456', role: IdentifierRole.SUSPECT, note: 'Number in the job advert' },
      { type: IdentifierType.IBAN, value: 'MD24AG000225100013104168', role: IdentifierRole.SUSPECT, note: 'Travel “deposit” paid to' },
      { type: IdentifierType.EMAIL, value: 'jobs.berlin@demo-recruit.example', role: IdentifierRole.SUSPECT, note: 'Advert contact' },
    ],
  },
  {
    state: 'RO',
    agency: 'DIICOT',
    contactEmail: 'prosecutor.ro@demo.example',
    reference: 'DIICOT-IS-2026-77',
    title: 'Minibus transfers of workers through Iași',
    forms: [FormOfExploitation.LABOUR],
    organisedCrimeGroup: false,
    financialInvestigation: false,
    identifiers: [
      { type: IdentifierType.VEHICLE, value: 'IS 12 ABC', role: IdentifierRole.OTHER, note: 'Minibus' },
      { type: IdentifierType.PHONE, value: '+40 721 234 567', role: IdentifierRole.WITNESS, note: 'Driver' },
    ],
  },
];

function normalised(identifier: DemoIdentifier): string {
  const result = normaliseIdentifier(identifier.type, identifier.value);
  if (!result.ok) throw new Error(`demo identifier ${identifier.value}: ${result.problem}`);
  return result.value;
}

/**
 * Loads the demo cases; safe to run again (references and identifiers are fixed, so it adds
 * only what is missing). New identifiers go through the outbox like any other, so the worker
 * computes their blind indexes and the hits.
 */
export async function seedDemoCases(m: EntityManager): Promise<void> {
  const outbox = new OutboxService();
  for (const demo of DEMO_CASES) {
    await m.query(
      `INSERT INTO case_file (agency_id, national_reference, title, status, forms_of_exploitation, organised_crime_group,
         financial_investigation, contact_user_id)
       SELECT a.id, $3, $4, 'OPEN', $5, $6, $7, u.id
         FROM agency a JOIN app_user u ON u.email = $8
        WHERE a.state_code = $1 AND a.name = $2
       ON CONFLICT (agency_id, national_reference) DO NOTHING`,
      [demo.state, demo.agency, demo.reference, demo.title, demo.forms, demo.organisedCrimeGroup, demo.financialInvestigation, demo.contactEmail],
    );
    const [owned]: { caseId: string; agencyId: string }[] = await m.query(
      `SELECT c.id AS "caseId", c.agency_id AS "agencyId" FROM case_file c JOIN agency a ON a.id = c.agency_id
        WHERE a.state_code = $1 AND a.name = $2 AND c.national_reference = $3`,
      [demo.state, demo.agency, demo.reference],
    );
    for (const identifier of demo.identifiers) {
      const added: { id: string }[] = await m.query(
        `INSERT INTO case_identifier (case_id, type, value, role, note) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (case_id, type, value) DO NOTHING RETURNING id`,
        [owned.caseId, identifier.type, normalised(identifier), identifier.role, identifier.note],
      );
      if (added.length === 0) continue;
      await outbox.publish(m, [
        {
          type: 'cases.identifier-added',
          aggregateType: 'case',
          aggregateId: owned.caseId,
          payload: { ...owned, identifierId: added[0].id, identifierType: identifier.type },
        },
      ]);
    }
  }
}
