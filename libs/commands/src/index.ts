export * from './aggregate';
export * from './change';
export * from './command-step';
export * from './commands.module';
