export * from './oversight-views';
export * from './audit-trail.queries';
export * from './export-format';
export * from './oversight.module';
