import { Identity1764000000000 } from './1764000000000-identity';

/** Every migration, in order. A new migration is added here as well as in its own file. */
export const MIGRATIONS = [Identity1764000000000];
