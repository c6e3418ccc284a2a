export * from './demo-world';
export { DEMO_MLA_REQUEST_ID, seedDemoMla } from './demo-mla';
