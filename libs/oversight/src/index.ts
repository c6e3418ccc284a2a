export * from './oversight.module';
export * from './audit-trail.resolver';
