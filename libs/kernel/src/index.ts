export * from './roles';
export * from './actor';
export * from './errors';
export * from './clock';
export * from './cursor';
export * from './exploitation';
export * from './keyset-cursor';
export * from './text';
