import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Subject, catchError, debounceTime, exhaustMap, filter, fromEvent, interval, map, merge, of, startWith, switchMap } from 'rxjs';
import { apiErrorMessage, httpStatus } from '../../core/api-error';
import { Clock } from '../../core/clock';
import { LocationContext } from '../../core/location-context';
import { SimulatorMessage, SimulatorThread } from '../../core/models';
import { RealtimeService } from '../../core/realtime.service';
import { SimulatorApi } from '../../core/simulator.api';
import { StickToBottom } from '../../shared/stick-to-bottom';
import { clockTime, dayLabel, fullDateTime, relativeTime } from '../../shared/format';

/** A reply we POSTed but that the threads endpoint hasn't shown yet (inbound processing is async). */
interface PendingReply {
  id: string;
  phone: string;
  body: string;
  sentAt: number;
}

interface ThreadView {
  phone: string;
  title: string;
  lastAt: string;
  clinicNumber: string | null;
  messages: Array<SimulatorMessage & { pending?: boolean }>;
}

type LoadResult = { ok: true; threads: SimulatorThread[] } | { ok: false; error: string; unavailable: boolean };

const POLL_MS = 5_000;
const PENDING_TTL_MS = 60_000;
const E164 = /^\+[1-9]\d{6,14}$/;

function normalizePhone(raw: string): string {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (trimmed.startsWith('+')) return `+${digits}`;
  if (digits.length === 10) return `+1${digits}`; // convenience for US numbers
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return digits ? `+${digits}` : '';
}

@Component({
  selector: 'bcn-simulator-page',
  imports: [FormsModule, StickToBottom],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './simulator-page.html',
  styleUrl: './simulator-page.css',
})
export class SimulatorPage {
  private readonly api = inject(SimulatorApi);
  private readonly realtime = inject(RealtimeService);
  private readonly clock = inject(Clock);
  protected readonly ctx = inject(LocationContext);

  private readonly threads = signal<SimulatorThread[]>([]);
  private readonly pending = signal<PendingReply[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly unavailable = signal(false);

  /** Reply drafts and send state, keyed by patient phone. */
  protected readonly drafts = signal<Record<string, string>>({});
  protected readonly sending = signal<Record<string, boolean>>({});
  protected readonly sendErrors = signal<Record<string, string>>({});

  // "Text the clinic from another number"
  protected readonly newOpen = signal(false);
  protected readonly newFrom = signal('');
  protected readonly newTo = signal('');
  protected readonly newBody = signal('');
  protected readonly newSending = signal(false);
  protected readonly newError = signal<string | null>(null);

  private readonly refresh$ = new Subject<void>();

  protected readonly views = computed<ThreadView[]>(() => {
    const now = Date.now();
    const pending = this.pending().filter((p) => now - p.sentAt < PENDING_TTL_MS);
    const fallbackClinic = this.ctx.selected()?.phoneNumber ?? null;
    const byPhone = new Map<string, ThreadView>();

    for (const t of this.threads()) {
      const lastToPatient = [...t.messages].reverse().find((m) => m.direction === 'to_patient');
      const lastFromPatient = [...t.messages].reverse().find((m) => m.direction === 'from_patient');
      byPhone.set(t.phone, {
        phone: t.phone,
        title: t.patientName?.trim() || 'Unknown patient',
        lastAt: t.lastAt,
        clinicNumber: lastToPatient?.from ?? lastFromPatient?.to ?? fallbackClinic,
        messages: [...t.messages].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)),
      });
    }
    for (const p of pending) {
      let view = byPhone.get(p.phone);
      if (!view) {
        view = { phone: p.phone, title: 'Unknown patient', lastAt: new Date(p.sentAt).toISOString(), clinicNumber: fallbackClinic, messages: [] };
        byPhone.set(p.phone, view);
      }
      view.messages = [
        ...view.messages,
        {
          id: p.id,
          direction: 'from_patient',
          body: p.body,
          mediaUrls: [],
          from: p.phone,
          to: view.clinicNumber ?? '',
          createdAt: new Date(p.sentAt).toISOString(),
          pending: true,
        },
      ];
    }
    return [...byPhone.values()].sort((a, b) => Date.parse(b.lastAt) - Date.parse(a.lastAt));
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    const visible$ = fromEvent(document, 'visibilitychange').pipe(filter(() => document.visibilityState === 'visible'));

    merge(
      this.refresh$,
      interval(POLL_MS).pipe(filter(() => document.visibilityState === 'visible')),
      visible$,
      merge(this.realtime.messageCreated$, this.realtime.messageUpdated$, this.realtime.reconnected$).pipe(
        debounceTime(250),
      ),
    )
      .pipe(
        startWith(undefined),
        map(() => undefined),
        exhaustMap(() =>
          this.api.threads().pipe(
            map((threads): LoadResult => ({ ok: true, threads })),
            catchError((err: unknown) => {
              const status = httpStatus(err);
              return of<LoadResult>({
                ok: false,
                error: apiErrorMessage(err, "We couldn't load the simulator."),
                unavailable: status === 404 || status === 403 || status === 409 || status === 501,
              });
            }),
          ),
        ),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((result) => {
        this.loading.set(false);
        if (!result.ok) {
          this.error.set(result.error);
          this.unavailable.set(result.unavailable);
          return;
        }
        this.error.set(null);
        this.unavailable.set(false);
        this.threads.set(result.threads);
        this.settlePending(result.threads);
      });
  }

  protected refresh(): void {
    this.refresh$.next();
  }

  protected draft(phone: string): string {
    return this.drafts()[phone] ?? '';
  }

  protected setDraft(phone: string, value: string): void {
    this.drafts.update((d) => ({ ...d, [phone]: value }));
    if (this.sendErrors()[phone]) this.sendErrors.update(({ [phone]: _, ...rest }) => rest);
  }

  protected isSending(phone: string): boolean {
    return this.sending()[phone] === true;
  }

  protected onReplyKeydown(event: KeyboardEvent, thread: ThreadView): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.reply(thread);
    }
  }

  protected reply(thread: ThreadView): void {
    const body = this.draft(thread.phone).trim();
    if (!body || this.isSending(thread.phone)) return;
    if (!thread.clinicNumber) {
      this.sendErrors.update((e) => ({ ...e, [thread.phone]: "We don't know which clinic number to text. Pick a location first." }));
      return;
    }
    this.sending.update((s) => ({ ...s, [thread.phone]: true }));
    this.api.sendInbound({ from: thread.phone, to: thread.clinicNumber, body }).subscribe({
      next: () => {
        this.sending.update(({ [thread.phone]: _, ...rest }) => rest);
        this.setDraft(thread.phone, '');
        this.addPending(thread.phone, body);
      },
      error: (err: unknown) => {
        this.sending.update(({ [thread.phone]: _, ...rest }) => rest);
        this.sendErrors.update((e) => ({ ...e, [thread.phone]: apiErrorMessage(err, "The reply couldn't be sent.") }));
      },
    });
  }

  /** Sends a picture (with the draft as its text) from the simulated phone, like a patient's MMS. */
  protected sendPicture(thread: ThreadView, inputEl: HTMLInputElement): void {
    const file = inputEl.files?.[0];
    inputEl.value = '';
    if (!file || !thread.clinicNumber || this.isSending(thread.phone)) return;
    const body = this.draft(thread.phone).trim();
    const clinic = thread.clinicNumber;
    this.sending.update((s) => ({ ...s, [thread.phone]: true }));
    this.api
      .uploadPicture(file)
      .pipe(switchMap((picture) => this.api.sendInbound({ from: thread.phone, to: clinic, body, mediaIds: [picture.id] })))
      .subscribe({
        next: () => {
          this.sending.update(({ [thread.phone]: _, ...rest }) => rest);
          this.setDraft(thread.phone, '');
          this.refresh();
        },
        error: (err: unknown) => {
          this.sending.update(({ [thread.phone]: _, ...rest }) => rest);
          this.sendErrors.update((e) => ({ ...e, [thread.phone]: apiErrorMessage(err, "The picture couldn't be sent.") }));
        },
      });
  }

  protected toggleNew(): void {
    const open = !this.newOpen();
    this.newOpen.set(open);
    if (open && !this.newTo()) this.newTo.set(this.ctx.selected()?.phoneNumber ?? this.ctx.locations()[0]?.phoneNumber ?? '');
  }

  protected sendNew(): void {
    if (this.newSending()) return;
    const from = normalizePhone(this.newFrom());
    const to = this.newTo();
    const body = this.newBody().trim();
    if (!E164.test(from)) {
      this.newError.set('Enter the patient phone in international format, e.g. +15551234567.');
      return;
    }
    if (!to) {
      this.newError.set('Choose which clinic location to text.');
      return;
    }
    if (!body) {
      this.newError.set('Write a message to send.');
      return;
    }
    this.newError.set(null);
    this.newSending.set(true);
    this.api.sendInbound({ from, to, body }).subscribe({
      next: () => {
        this.newSending.set(false);
        this.newBody.set('');
        this.newFrom.set('');
        this.newOpen.set(false);
        this.addPending(from, body);
      },
      error: (err: unknown) => {
        this.newSending.set(false);
        this.newError.set(apiErrorMessage(err, "The message couldn't be sent."));
      },
    });
  }

  protected when(iso: string): string {
    return relativeTime(iso, this.clock.now());
  }

  protected time(iso: string): string {
    return clockTime(iso);
  }

  protected fullTime(iso: string): string {
    return fullDateTime(iso);
  }

  protected showDay(messages: SimulatorMessage[], index: number): string | null {
    const m = messages[index]!;
    const prev = messages[index - 1];
    const label = dayLabel(m.createdAt, this.clock.now());
    return !prev || dayLabel(prev.createdAt, this.clock.now()) !== label ? label : null;
  }

  private addPending(phone: string, body: string): void {
    const id = `pending-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    this.pending.update((p) => [...p, { id, phone, body, sentAt: Date.now() }]);
    // Inbound processing is asynchronous: check again shortly.
    this.refresh();
    setTimeout(() => this.refresh(), 1_200);
  }

  /** Drop optimistic replies once the server lists them (same phone + body, not older than the send). */
  private settlePending(threads: SimulatorThread[]): void {
    const now = Date.now();
    this.pending.update((list) =>
      list.filter((p) => {
        if (now - p.sentAt > PENDING_TTL_MS) return false;
        const thread = threads.find((t) => t.phone === p.phone);
        return !thread?.messages.some(
          (m) => m.direction === 'from_patient' && m.body.trim() === p.body && Date.parse(m.createdAt) >= p.sentAt - 120_000,
        );
      }),
    );
  }
}
