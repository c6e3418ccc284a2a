import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@app/config';
import { describeAuditReport, signingKeysFromSeed, verifyAuditChain } from '@app/audit';

/**
 * `npm run audit:verify`: walks the whole audit chain and its signed checkpoints.
 * Exits 0 when intact and 1 at the first broken link, so it can gate a scheduled check.
 */
async function main(): Promise<number> {
  const config = loadConfigOrExit();
  const dataSource = await new DataSource({ type: 'postgres', url: config.DATABASE_URL }).initialize();
  try {
    // The expected key comes from our own seed: a checkpoint signed by any other key is a forgery.
    const report = await verifyAuditChain(dataSource, signingKeysFromSeed(config.AUDIT_SIGNING_SEED).publicKeyPem);
    process.stdout.write(`${describeAuditReport(report)}\n`);
    return report.intact ? 0 : 1;
  } finally {
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`audit verification failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
