export * from './database.module';
export * from './migrator';
export * from './errors';
export * from './prepared-query';
export * from './statement';
export * from './sql-filter';
export * from './select-columns';
export * from './children';
