import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { WebSocketGateway, WebSocketServer, type OnGatewayConnection } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import type { AppConfig } from '@beacon/config';
import type { Logger } from '@beacon/logging';
import { RealtimeEventListener, type RealtimeEvent } from '@beacon/realtime';
import { presentAppointment } from '../appointments/appointments.presenter.js';
import { AppointmentsService } from '../appointments/appointments.service.js';
import { AuthService } from '../auth/auth.service.js';
import { SESSION_COOKIE, type AuthenticatedStaff } from '../auth/authenticated-staff.js';
import { PatientAccessService } from '../auth/patient-access.service.js';
import { APP_CONFIG, LOGGER } from '../core/tokens.js';
import { InboxService } from './inbox.service.js';

interface SocketData {
  staff: AuthenticatedStaff;
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

const roomFor = (locationId: string) => `location:${locationId}`;
const SESSION_SWEEP_MS = 60_000;

/**
 * Live updates for the console. A socket is admitted only with a valid staff session and joins the
 * rooms of that person's locations; every payload is built per recipient with their permissions.
 */
@Injectable()
@WebSocketGateway({ path: '/socket.io', serveClient: false })
export class RealtimeGateway implements OnGatewayConnection, OnApplicationBootstrap, OnApplicationShutdown {
  @WebSocketServer() private server!: Server;
  private listener: RealtimeEventListener | null = null;
  private sweep: NodeJS.Timeout | null = null;

  constructor(
    private readonly auth: AuthService,
    private readonly inbox: InboxService,
    private readonly appointments: AppointmentsService,
    private readonly access: PatientAccessService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
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
    (socket.data as SocketData).staff = staff;
    await socket.join(staff.locationIds.map(roomFor));
    socket.emit('ready', { locationIds: staff.locationIds });
  }

  async onApplicationBootstrap(): Promise<void> {
    this.listener = new RealtimeEventListener(this.config.DATABASE_URL, (event) => void this.relay(event), this.logger);
    await this.listener.start();
    this.sweep = setInterval(() => void this.dropEndedSessions(), SESSION_SWEEP_MS);
    this.sweep.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.sweep) clearInterval(this.sweep);
    await this.listener?.stop();
  }

  private async relay(event: RealtimeEvent): Promise<void> {
    try {
      const sockets = await this.server.in(roomFor(event.locationId)).fetchSockets();
      if (event.type === 'appointment.updated') {
        await this.relayAppointment(event, sockets);
        return;
      }
      for (const socket of sockets) {
        const { staff } = socket.data as SocketData;
        const view = await this.inbox.message(staff, event.messageId);
        if (!view) continue;
        if (event.type === 'suggestions.ready') {
          // A nudge only: the console fetches them, which records that they were shown.
          if (staff.permissions.canSendMessages) socket.emit(event.type, { conversationId: event.conversationId, locationId: event.locationId, messageId: event.messageId });
        } else socket.emit(event.type, { conversationId: event.conversationId, locationId: event.locationId, ...view });
      }
    } catch (error) {
      this.logger.warn({ err: error, event }, 'failed to relay realtime event');
    }
  }

  /** Sends `{ appointmentId, locationId, appointment }`, the appointment as the calendar list shows it to each recipient. */
  private async relayAppointment(event: Extract<RealtimeEvent, { type: 'appointment.updated' }>, sockets: { data: unknown; emit(name: string, payload: unknown): boolean }[]): Promise<void> {
    if (!sockets.length) return;
    const facts = await this.appointments.factsFor(event.appointmentId);
    if (!facts) return;
    const { locationId, organizationId } = facts.appointment;
    for (const socket of sockets) {
      const { staff } = socket.data as SocketData;
      if (!(await this.access.canViewPatient(staff, { organizationId, locationId, patientId: facts.appointment.patientId }))) continue;
      socket.emit('appointment.updated', { appointmentId: event.appointmentId, locationId, appointment: presentAppointment(staff, facts) });
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
