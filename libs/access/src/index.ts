export * from './policy';
export * from './access.service';
export * from './access.module';
