export * from './policy';
export * from './rules/rule';
export * from './rules/identity.rules';
export * from './rules/oversight.rules';
export * from './access.service';
export * from './access.module';
