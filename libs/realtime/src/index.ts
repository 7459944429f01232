export { REALTIME_CHANNEL, type RealtimeEvent, type SequencedRealtimeEvent } from './realtime-event.js';
export { publishEvent, eventsSince, latestEventSeq, pruneEvents } from './publish-event.js';
export { PgNotificationListener, RealtimeEventListener, type ListenerLogger } from './event-listener.js';
