import { loadUserView } from '@app/identity';
import { serveBare } from './bare-server';

/**
 * The yardstick for the gateway: a bare Node HTTP handler doing the same work as the `me`
 * query — verify the same JWT with the same library, run the same SQL — and nothing else.
 */
void serveBare(async (actor, _body, db) => ({ data: { me: await loadUserView(db.manager, actor.userId, '') } }));
