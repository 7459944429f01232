import pg from 'pg';
import { REALTIME_CHANNEL, type SequencedRealtimeEvent } from './realtime-event.js';

export interface ListenerLogger {
  warn(obj: object, msg: string): void;
}

/** A dedicated LISTEN connection (never from a pool) that reconnects with backoff and hands each payload on. */
export class PgNotificationListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retryMs = 500;
  private reconnecting = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly onPayload: (payload: string) => void,
    private readonly logger: ListenerLogger,
    /** Called after every (re)connect: notices sent while disconnected were lost, so look again. */
    private readonly onConnected: () => void = () => undefined,
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
      if (n.channel !== this.channel) return;
      this.onPayload(n.payload ?? '');
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error, channel: this.channel }, 'LISTEN connection lost; reconnecting');
      if (this.client === client) this.scheduleReconnect();
    });
    await client.connect();
    await client.query(`LISTEN ${this.channel}`);
    this.client = client;
    this.retryMs = 500;
    this.onConnected();
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
        this.logger.warn({ err: error, channel: this.channel }, 'LISTEN reconnect failed');
        this.retryMs = Math.min(this.retryMs * 2, 10_000);
        this.scheduleReconnect();
      });
    }, this.retryMs).unref();
  }
}

/** The realtime notices of committed changes (see publishEvent). */
export class RealtimeEventListener extends PgNotificationListener {
  constructor(databaseUrl: string, onEvent: (event: SequencedRealtimeEvent) => void, logger: ListenerLogger) {
    super(
      databaseUrl,
      REALTIME_CHANNEL,
      (payload) => {
        try {
          onEvent(JSON.parse(payload) as SequencedRealtimeEvent);
        } catch (error) {
          logger.warn({ err: error }, 'dropped malformed realtime notice');
        }
      },
      logger,
    );
  }
}
