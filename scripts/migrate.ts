import { loadConfigOrExit } from '@app/config';
import { revertLastMigration, runMigrations } from '@app/database';

/** `migrate.js` applies pending migrations (creating the database if needed); `migrate.js revert` undoes the last one. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  if (process.argv[2] === 'revert') {
    await revertLastMigration(config.DATABASE_URL);
    process.stdout.write('reverted the last migration\n');
    return;
  }
  const applied = await runMigrations(config.DATABASE_URL);
  process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
}

main().catch((error: Error) => {
  process.stderr.write(`migration failed: ${error.message}\n`);
  process.exit(1);
});
