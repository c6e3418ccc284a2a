export * from './document-errors';
export * from './document-intake';
export * from './document-routes';
export * from './document-storage';
export * from './documents.module';
export * from './document.types';
export * from './document-table';
