import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** Runs `work` on the server's `postgres` database with the name of the database in the URL, quoted. */
async function onMaintenanceDatabase(databaseUrl: string, work: (client: Client, name: string, quoted: string) => Promise<void>) {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await work(client, name, `"${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Creates the database named in the URL when it does not exist yet (first start on a fresh machine). */
export function ensureDatabase(databaseUrl: string): Promise<void> {
  return onMaintenanceDatabase(databaseUrl, async (client, name, quoted) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${quoted}`);
  });
}

export function dropDatabase(databaseUrl: string): Promise<void> {
  return onMaintenanceDatabase(databaseUrl, async (client, _name, quoted) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
  });
}

export function migrationDataSource(databaseUrl: string): DataSource {
  return new DataSource({ type: 'postgres', url: databaseUrl, migrations: MIGRATIONS, migrationsTransactionMode: 'each' });
}

export async function runMigrations(databaseUrl: string): Promise<string[]> {
  await ensureDatabase(databaseUrl);
  const dataSource = await migrationDataSource(databaseUrl).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

export async function revertLastMigration(databaseUrl: string): Promise<void> {
  const dataSource = await migrationDataSource(databaseUrl).initialize();
  try {
    await dataSource.undoLastMigration({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}
