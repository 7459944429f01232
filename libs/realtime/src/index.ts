export { REALTIME_CHANNEL, type RealtimeEvent, type SequencedRealtimeEvent } from './realtime-event.js';
export { publishEvent, publishEvents, sequenceEvents, eventsSince, latestEventSeq, pruneEvents, PENDING_EVENTS_CHANNEL } from './publish-event.js';
export { PgNotificationListener, RealtimeEventListener, type ListenerLogger } from './event-listener.js';
export { NotifiedLoop, type LoopLogger } from './notified-loop.js';
