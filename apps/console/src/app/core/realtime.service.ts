import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Observable, Subject } from 'rxjs';
import { io, type Socket } from 'socket.io-client';
import { AuthService } from './auth.service';
import { NetworkStatus } from './network-status';
import type { ClientToServerEvents, ServerToClientEvents } from '@beacon/contracts';
import { AppointmentUpdatedEvent, BulkSendUpdatedEvent, ConnectionState, ConversationUpdatedEvent, MessageCreatedEvent, MessageUpdatedEvent, SuggestionsReadyEvent } from './models';

const MANUAL_RETRY_MS = 3_000;

/**
 * Thin wrapper around the socket.io connection.
 * Exposes the connection state as a signal and server pushes as Observables.
 */
@Injectable({ providedIn: 'root' })
export class RealtimeService {
  private socket: Socket<ServerToClientEvents, ClientToServerEvents> | null = null;
  private hasConnected = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  private readonly stateSignal = signal<ConnectionState>('offline');
  private readonly network = inject(NetworkStatus);
  /** Without a network nothing can arrive, whatever the socket still believes (it notices only after its ping timeout). */
  readonly state = computed<ConnectionState>(() => (this.network.online() ? this.stateSignal() : 'offline'));
  readonly isLive = computed(() => this.state() === 'live');

  private readonly created = new Subject<MessageCreatedEvent>();
  private readonly updated = new Subject<MessageUpdatedEvent>();
  private readonly appointmentUpdated = new Subject<AppointmentUpdatedEvent>();
  private readonly reconnected = new Subject<void>();
  private readonly suggestionsReady = new Subject<SuggestionsReadyEvent>();
  private readonly sessionEnded = new Subject<string>();
  /** The server ended this session (idle, signed out elsewhere, password reset, deactivated): the sentence to show. */
  readonly sessionEnded$: Observable<string> = this.sessionEnded.asObservable();
  private readonly conversationUpdated = new Subject<ConversationUpdatedEvent>();
  private readonly bulkSendUpdated = new Subject<BulkSendUpdatedEvent>();
  /** A bulk send's state or progress changed (staff with the bulk permission). */
  readonly bulkSendUpdated$: Observable<BulkSendUpdatedEvent> = this.bulkSendUpdated.asObservable();
  /** Newest event seq applied; sent on reconnect so the server replays exactly what was missed. */
  private lastSeq: number | null = null;

  /** A new message (inbound or outbound) in a conversation the staff member can see. */
  readonly messageCreated$: Observable<MessageCreatedEvent> = this.created.asObservable();
  /** A message changed, typically its delivery status. */
  readonly messageUpdated$: Observable<MessageUpdatedEvent> = this.updated.asObservable();
  /** An appointment changed (e.g. its confirmation status); carries the calendar's view of it. */
  readonly appointmentUpdated$: Observable<AppointmentUpdatedEvent> = this.appointmentUpdated.asObservable();
  /** Smart replies for a new inbound text are ready to fetch. */
  readonly suggestionsReady$: Observable<SuggestionsReadyEvent> = this.suggestionsReady.asObservable();
  /** Status, assignment, star or your own read state of a conversation changed. */
  readonly conversationUpdated$: Observable<ConversationUpdatedEvent> = this.conversationUpdated.asObservable();
  /**
   * Emits when views must refetch: the socket came back and the server could not replay what was
   * missed (normally it replays every missed event, in order, each once).
   */
  readonly reconnected$: Observable<void> = this.reconnected.asObservable();

  constructor() {
    inject(AuthService).onSessionEnd(() => this.disconnect());
    inject(DestroyRef).onDestroy(() => this.disconnect());
  }

  /** Opens the connection (idempotent). Call once the staff member is signed in. */
  connect(): void {
    if (this.socket) return;
    this.stateSignal.set('connecting');
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
      path: '/socket.io',
      withCredentials: true,
      reconnectionDelay: 1_000,
      reconnectionDelayMax: 10_000,
      auth: (cb: (data: object) => void) => cb(this.lastSeq === null ? {} : { since: this.lastSeq }),
    });
    this.socket = socket;

    socket.on('connect', () => {
      this.clearRetry();
      this.stateSignal.set('live');
      // With a seq the server replays what was missed; without one, views must reload.
      if (this.hasConnected && this.lastSeq === null) this.reconnected.next();
      this.hasConnected = true;
    });

    socket.on('disconnect', (reason) => {
      if (this.socket !== socket) return;
      this.stateSignal.set('reconnecting');
      // The server closed the socket on purpose (e.g. session rotated); socket.io won't retry by itself.
      if (reason === 'io server disconnect') this.scheduleManualRetry(socket);
    });

    socket.on('connect_error', () => {
      if (this.socket !== socket) return;
      this.stateSignal.set(this.hasConnected ? 'reconnecting' : 'connecting');
      // `active === false` means the server refused the handshake (middleware error): retry ourselves.
      if (!socket.active) this.scheduleManualRetry(socket);
    });

    socket.on('suggestions.ready', (event) => this.accept(event) && this.suggestionsReady.next(event));
    socket.on('session.ended', (event) => this.sessionEnded.next(event?.message || 'Your session has ended. Please sign in again.'));
    socket.on('ready', (event) => {
      if (this.lastSeq === null && typeof event.seq === 'number') this.lastSeq = event.seq;
    });
    socket.on('resync', () => this.reconnected.next());
    socket.on('message.created', (event) => this.accept(event) && this.created.next(event));
    socket.on('message.updated', (event) => this.accept(event) && this.updated.next(event));
    socket.on('appointment.updated', (event) => this.accept(event) && this.appointmentUpdated.next(event));
    socket.on('conversation.updated', (event) => this.accept(event) && this.conversationUpdated.next(event));
    socket.on('bulk_send.updated', (event) => this.accept(event) && this.bulkSendUpdated.next(event));
  }

  /** Drops an event already applied (seq not newer than the last one), remembers the newest. */
  private accept(event: { seq?: number }): boolean {
    if (typeof event.seq !== 'number') return true;
    if (this.lastSeq !== null && event.seq <= this.lastSeq) return false;
    this.lastSeq = event.seq;
    return true;
  }

  disconnect(): void {
    this.clearRetry();
    this.lastSeq = null;
    const socket = this.socket;
    this.socket = null;
    this.hasConnected = false;
    if (socket) {
      socket.removeAllListeners();
      socket.disconnect();
    }
    this.stateSignal.set('offline');
  }

  private scheduleManualRetry(socket: Socket<ServerToClientEvents, ClientToServerEvents>): void {
    this.clearRetry();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.socket === socket && !socket.connected) socket.connect();
    }, MANUAL_RETRY_MS);
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
  }
}
