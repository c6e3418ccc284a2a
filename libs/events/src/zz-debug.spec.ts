import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { startStack, Stack } from '@test/support/stack';
import { OutboxService } from './outbox.service';
import { DOMAIN_EVENTS_QUEUE } from './catalogue';

it('debug', async () => {
  const stack: Stack = await startStack({ worker: true });
  try {
    const [admin] = await stack.db.query(`SELECT id, agency_id FROM app_user WHERE email = 'agency_admin.de@demo.example'`);
    const outbox = stack.gateway.get(OutboxService);
    await stack.db.transaction((m) => outbox.publish(m, [{ type: 'identity.user-locked-out', aggregateType: 'user', aggregateId: admin.id, payload: { userId: admin.id, agencyId: admin.agency_id, lockedUntil: new Date().toISOString() } }]));
    await new Promise((r) => setTimeout(r, 3000));
    console.log(await stack.db.query(`SELECT id, dispatched_at, dispatch_count, processed_at FROM outbox_event ORDER BY seq DESC LIMIT 3`));
    console.log(await stack.db.query(`SELECT * FROM inbox ORDER BY processed_at DESC LIMIT 3`));
    console.log(await stack.db.query(`SELECT recipient_user_id, kind FROM notification ORDER BY created_at DESC LIMIT 3`));
    const q = stack.worker!.get<Queue>(getQueueToken(DOMAIN_EVENTS_QUEUE));
    console.log(q.opts.prefix, await q.getJobCounts());
  } finally {
    await stack.close();
  }
}, 30000);
