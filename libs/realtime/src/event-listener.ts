import pg from 'pg';
import { REALTIME_CHANNEL, type SequencedRealtimeEvent } from './realtime-event.js';

export interface ListenerLogger {
  warn(obj: object, msg: string): void;
}

/** A dedicated LISTEN connection that reconnects with backoff and hands each notice to `onEvent`. */
export class RealtimeEventListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retryMs = 500;
  private reconnecting = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly onEvent: (event: SequencedRealtimeEvent) => void,
    private readonly logger: ListenerLogger,
  ) {}

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    client.on('notification', (n) => {
      if (n.channel !== REALTIME_CHANNEL || !n.payload) return;
      try {
        this.onEvent(JSON.parse(n.payload) as SequencedRealtimeEvent);
      } catch (error) {
        this.logger.warn({ err: error }, 'dropped malformed realtime notice');
      }
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'realtime listener connection lost; reconnecting');
      if (this.client === client) this.scheduleReconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${REALTIME_CHANNEL}`);
    this.client = client;
    this.retryMs = 500;
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnecting) return;
    this.reconnecting = true;
    const old = this.client;
    this.client = null;
    old?.end().catch(() => undefined);
    setTimeout(() => {
      this.reconnecting = false;
      if (this.stopped) return;
      this.connect().catch((error: unknown) => {
        this.logger.warn({ err: error }, 'realtime listener reconnect failed');
        this.retryMs = Math.min(this.retryMs * 2, 10_000);
        this.scheduleReconnect();
      });
    }, this.retryMs).unref();
  }
}
