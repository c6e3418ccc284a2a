export * from './demo-world';
