export * from './request-context.decorator';
export * from './connection';
export * from './shared-enums';
export * from './page.args';
export * from './request-loaders';
export * from './selected-fields';
export * from './date-time.scalar';
