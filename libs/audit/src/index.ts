export * from './chain';
export * from './audit.service';
export * from './audited-commands';
export * from './audit.module';
export * from './audit-sealer';
export * from './verify-chain';
export * from './audit-query';
export * from './audit-trail.reader';
