export * from './deadlines.service';
export * from './deadline-sweeper';
export * from './deadlines.module';
