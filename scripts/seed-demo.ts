import { DataSource } from 'typeorm';
import { loadConfigOrExit } from '@app/config';
import { seedDemoWorld } from '@app/demo';
import { hashPassword } from '@app/identity';

/** Loads the demo world and prints the demo accounts. Refuses to run in production. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (config.isProduction) {
    process.stderr.write('seed:demo refuses to run with NODE_ENV=production: demo accounts have a published password\n');
    process.exit(1);
  }
  const db = await new DataSource({ type: 'postgres', url: config.DATABASE_URL }).initialize();
  try {
    const passwordHash = await hashPassword(config.DEMO_PASSWORD);
    const accounts = await db.transaction((m) => seedDemoWorld(m, passwordHash));
    process.stdout.write(`Demo world loaded. Demo-only password for every account: ${config.DEMO_PASSWORD}\n`);
    for (const a of accounts) process.stdout.write(`  ${a.email.padEnd(44)} ${a.role.padEnd(26)} ${a.agency}\n`);
  } finally {
    await db.destroy();
  }
}

main().catch((error: Error) => {
  process.stderr.write(`seed failed: ${error.message}\n`);
  process.exit(1);
});
