import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer, type OnGatewayConnection } from '@nestjs/websockets';
import type { Server as SocketServer, Socket as AnySocket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@beacon/contracts';
import type { AppConfig } from '@beacon/config';
import type { Logger } from '@beacon/logging';
import type { MikroORM } from '@beacon/db';
import { eventsSince, latestEventSeq, NotifiedLoop, PENDING_EVENTS_CHANNEL, PgNotificationListener, pruneEvents, RealtimeEventListener, sequenceEvents, type SequencedRealtimeEvent } from '@beacon/realtime';
import { presentAppointment } from '../appointments/appointments.presenter.js';
import { AppointmentsService } from '../appointments/appointments.service.js';
import { AuthService } from '../auth/auth.service.js';
import { SESSION_COOKIE, type AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { PatientAccessService } from '../auth/patient-access.service.js';
import { APP_CONFIG, LOGGER, ORM } from '../core/tokens.js';
import { InboxService } from './inbox.service.js';

interface SocketData {
  staff: AuthenticatedStaff;
  /** While a reconnecting client is being caught up, live events wait here (then go out in order). */
  pending?: SequencedRealtimeEvent[] | null;
}

/** Every emit is checked against the payloads declared in @beacon/contracts (SOCKET_EVENT_SCHEMAS), which the console's client is typed from too. */
type Server = SocketServer<ClientToServerEvents, ServerToClientEvents>;
type Socket = AnySocket<ClientToServerEvents, ServerToClientEvents>;
type RelaySocket = Pick<Socket, 'data' | 'emit'>;

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

const roomFor = (locationId: string) => `location:${locationId}`;
const SESSION_SWEEP_MS = 60_000;
/** How long missed events can be replayed; a client away longer gets `resync` and reloads. */
const EVENT_LOG_KEEP_MS = 24 * 3_600_000;

/** `since` from the handshake: the last event seq the client has applied. */
function sinceFrom(auth: unknown): number | null {
  const raw = (auth as { since?: unknown } | undefined)?.since;
  const n = typeof raw === 'string' ? Number(raw) : raw;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

/**
 * Live updates for the console. A socket is admitted only with a valid staff session and joins the
 * rooms of that person's locations; every payload is built per recipient with their permissions.
 */
@Injectable()
@WebSocketGateway({ path: '/socket.io', serveClient: false })
export class RealtimeGateway implements OnGatewayConnection, OnApplicationBootstrap, OnApplicationShutdown {
  @WebSocketServer() private server!: Server;
  private listener: RealtimeEventListener | null = null;
  /** Numbers committed notices (writers take no shared lock); every API instance runs one. */
  private sequencer: NotifiedLoop | null = null;
  private pendingListener: PgNotificationListener | null = null;
  /**
   * Events are relayed one at a time, in the order PostgreSQL delivered them (commit order = seq order):
   * relayed concurrently, a quick event could overtake a slower one and the console, which drops any
   * seq not newer than the last it applied, would miss the slower one.
   */
  private relayQueue: Promise<void> = Promise.resolve();
  private sweep: NodeJS.Timeout | null = null;

  constructor(
    private readonly auth: AuthService,
    private readonly inbox: InboxService,
    private readonly appointments: AppointmentsService,
    private readonly access: PatientAccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(ORM) private readonly orm: MikroORM,
  ) {}

  async handleConnection(socket: Socket): Promise<void> {
    const staff = await this.auth.authenticate(readCookie(socket.handshake.headers.cookie, SESSION_COOKIE), {
      ip: socket.handshake.address || null,
      userAgent: socket.handshake.headers['user-agent'] ?? null,
    });
    if (!staff) {
      socket.emit('session.ended', { message: 'Your session has ended. Please sign in again.' });
      socket.disconnect(true);
      return;
    }
    const data = socket.data as SocketData;
    data.staff = staff;
    const since = sinceFrom(socket.handshake.auth);
    data.pending = [];
    await socket.join(staff.locationIds.map(roomFor));
    const seq = await latestEventSeq(this.orm.em.fork());
    socket.emit('ready', { locationIds: staff.locationIds, seq });
    // A fresh client starts at `seq`; a returning one gets everything after its last event.
    await this.catchUp(socket, since ?? seq);
  }

  /**
   * Replays what a reconnecting client missed (seq > since), then whatever arrived live meanwhile,
   * in seq order and each once. Too much or too old → `resync`: the client reloads its views.
   */
  private async catchUp(socket: Socket, since: number): Promise<void> {
    const data = socket.data as SocketData;
    try {
      const missed = await eventsSince(this.orm.em.fork(), since, data.staff.locationIds);
      if (missed === null) {
        socket.emit('resync', { reason: 'Too much changed while you were offline.' });
      } else {
        for (const event of missed) await this.deliver(event, [socket]);
      }
      let last = missed?.[missed.length - 1]?.seq ?? since;
      // Drain what arrived live meanwhile (more may arrive while emitting); switch to direct relay only
      // once nothing is waiting, so a newer event can never be emitted before an older one.
      for (;;) {
        const live = (data.pending ?? []).filter((e) => missed === null || e.seq > last).sort((a, b) => a.seq - b.seq);
        if (!live.length) break;
        data.pending = [];
        for (const event of live) {
          await this.deliver(event, [socket]);
          last = Math.max(last, event.seq);
        }
      }
      data.pending = null;
    } catch (error) {
      data.pending = null;
      this.logger.warn({ err: error }, 'realtime catch-up failed');
      socket.emit('resync', { reason: 'Catching up failed.' });
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    this.listener = new RealtimeEventListener(this.config.DATABASE_URL, (event) => {
      this.relayQueue = this.relayQueue.then(() => this.relay(event));
    }, this.logger);
    await this.listener.start();
    const sequencer = new NotifiedLoop('realtime-sequencer', () => sequenceEvents(this.orm.em.fork()), this.logger, 250);
    this.sequencer = sequencer;
    this.pendingListener = new PgNotificationListener(this.config.DATABASE_URL, PENDING_EVENTS_CHANNEL, () => sequencer.nudge(), this.logger, () => sequencer.nudge());
    await this.pendingListener.start();
    sequencer.start();
    this.sweep = setInterval(() => {
      void this.dropEndedSessions();
      pruneEvents(this.orm.em.fork(), EVENT_LOG_KEEP_MS).catch((error: unknown) => this.logger.warn({ err: error }, 'realtime event pruning failed'));
    }, SESSION_SWEEP_MS);
    this.sweep.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.sweep) clearInterval(this.sweep);
    await this.sequencer?.stop();
    await this.pendingListener?.stop();
    await this.listener?.stop();
  }

  private async relay(event: SequencedRealtimeEvent): Promise<void> {
    try {
      const sockets = await this.server.in(roomFor(event.locationId)).fetchSockets();
      const now: RelaySocket[] = [];
      for (const socket of sockets) {
        const data = socket.data as SocketData;
        if (data.pending) data.pending.push(event);
        else now.push(socket);
      }
      await this.deliver(event, now);
    } catch (error) {
      this.logger.warn({ err: error, event }, 'failed to relay realtime event');
    }
  }

  /** Emits one event to each socket as that staff member may see it; every payload carries seq, locationId and patientId. */
  private async deliver(event: SequencedRealtimeEvent, sockets: RelaySocket[]): Promise<void> {
    if (!sockets.length) return;
    switch (event.type) {
      case 'appointment.updated':
        await this.relayAppointment(event, sockets);
        return;
      case 'conversation.updated':
        for (const socket of sockets) {
          const { staff } = socket.data as SocketData;
          if (event.staffId && event.staffId !== staff.id) continue;
          const conversation = await this.inbox.conversationFor(staff, event.conversationId);
          if (conversation) socket.emit('conversation.updated', { seq: event.seq, conversationId: event.conversationId, locationId: event.locationId, patientId: conversation.patient.id, conversation });
        }
        return;
      case 'message.created':
      case 'message.updated':
        for (const socket of sockets) {
          const { staff } = socket.data as SocketData;
          const view = await this.inbox.message(staff, event.messageId);
          if (view) socket.emit(event.type, { seq: event.seq, conversationId: event.conversationId, locationId: event.locationId, patientId: view.conversation.patient.id, ...view });
        }
        return;
      case 'suggestions.ready':
        // A nudge with ids only, to those who may see the thread and reply; fetching them records they were shown.
        for (const socket of sockets) {
          const { staff } = socket.data as SocketData;
          if (!staff.permissions.canSendMessages) continue;
          const view = await this.inbox.message(staff, event.messageId);
          if (view) socket.emit(event.type, { seq: event.seq, conversationId: event.conversationId, locationId: event.locationId, patientId: view.conversation.patient.id, messageId: event.messageId });
        }
        return;
      case 'bulk_send.updated':
        // Counts and state only (no patient data); the detail page reloads through the API.
        for (const socket of sockets) {
          if ((socket.data as SocketData).staff.permissions.bulkMessaging) socket.emit(event.type, { seq: event.seq, bulkSendId: event.bulkSendId, locationId: event.locationId });
        }
        return;
    }
  }

  /** Sends `{ appointmentId, locationId, appointment }`, the appointment as the calendar list shows it to each recipient. */
  private async relayAppointment(event: Extract<SequencedRealtimeEvent, { type: 'appointment.updated' }>, sockets: RelaySocket[]): Promise<void> {
    if (!sockets.length) return;
    const facts = await this.appointments.factsFor(event.appointmentId);
    if (!facts) return;
    const { locationId, organizationId } = facts.appointment;
    // Who may see the patient is decided per recipient on facts loaded once.
    const access = await this.access.patientFacts({ organizationId, locationId, patientId: facts.appointment.patientId });
    for (const socket of sockets) {
      const { staff } = socket.data as SocketData;
      if (!this.access.allows(staff, access)) continue;
      socket.emit('appointment.updated', { seq: event.seq, appointmentId: event.appointmentId, locationId, patientId: facts.appointment.patientId, appointment: presentAppointment(staff, facts) });
    }
  }

  private async dropEndedSessions(): Promise<void> {
    const sockets = await this.server.fetchSockets();
    for (const socket of sockets) {
      const { staff } = socket.data as Partial<SocketData>;
      if (!staff) continue;
      const current = await this.auth.refresh(staff);
      if (!current) {
        socket.emit('session.ended', { message: 'Your session has ended. Please sign in again.' });
        socket.disconnect(true);
        continue;
      }
      // An owner may have changed this person's permissions or locations since they connected.
      (socket.data as SocketData).staff = current;
      const rooms = new Set(current.locationIds.map(roomFor));
      for (const room of staff.locationIds.map(roomFor)) if (!rooms.has(room)) socket.leave(room);
      socket.join([...rooms]);
    }
  }
}
