export { REALTIME_CHANNEL, type RealtimeEvent } from './realtime-event.js';
export { publishEvent } from './publish-event.js';
export { RealtimeEventListener, type ListenerLogger } from './event-listener.js';
