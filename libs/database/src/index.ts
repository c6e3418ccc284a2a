export * from './database.module';
export * from './migrator';
