import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** Every realtime notice, numbered once committed (by the sequencer); a reconnecting console asks for what came after its last seq. */
export const RealtimeEventLog = defineEntity({
  name: 'RealtimeEventLog',
  tableName: 'realtime_event',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    seq: p.bigint('number').nullable().unique(),
    locationId: p.uuid(),
    type: p.string(),
    payload: p.json<Record<string, unknown>>(),
    createdAt: p.datetime(),
  },
});
export type IRealtimeEventLog = InferEntity<typeof RealtimeEventLog>;
