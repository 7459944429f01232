import { HttpErrorResponse } from '@angular/common/http';
import { AfterHoursSettings } from './after-hours-settings';
import { NotificationSettings } from './notification-settings';
import { VipRuleSettings } from './vip-rule-settings';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { catchError, map, of, switchMap, tap } from 'rxjs';
import { apiErrorMessage } from '../../core/api-error';
import { LocationContext } from '../../core/location-context';
import { PlanService } from '../../core/plan.service';
import { PlanLockComponent } from '../../shared/plan-lock';
import { REMINDER_OPTIONS, TEMPLATE_INFO } from './settings-labels';
import { SettingsApi } from './settings.api';
import { MessagingSettings, MessagingSettingsView, TemplateKind, TestSendResult } from './settings.models';
import { TemplateEditor } from './template-editor';

/** What the form edits (the API's settings, flattened for inputs). */
interface FormState {
  reminders: string[];
  start: string;
  end: string;
  sameDayMorningTime: string;
  confirmationRequest: boolean;
  bookingOnline: boolean;
  bookingStaff: boolean;
  cancellationConfirmation: boolean;
  rebookingUrl: string;
  templates: Record<TemplateKind, string>;
}

type LoadResult = { ok: true; view: MessagingSettingsView } | { ok: false; error: string } | { ok: 'none' };

const LOOKS_LIKE_URL = /^https?:\/\/[^\s/]+\.[^\s]+$/i;

function toForm(view: MessagingSettingsView): FormState {
  return {
    reminders: [...view.reminders],
    start: view.sendingHours.start,
    end: view.sendingHours.end,
    sameDayMorningTime: view.sameDayMorningTime,
    confirmationRequest: view.confirmationRequest,
    bookingOnline: view.bookingConfirmation.online,
    bookingStaff: view.bookingConfirmation.staff,
    cancellationConfirmation: view.cancellationConfirmation,
    rebookingUrl: view.rebookingUrl ?? '',
    templates: { ...view.templates },
  };
}

function toSettings(form: FormState): MessagingSettings {
  const order = REMINDER_OPTIONS.map((o) => o.offset);
  return {
    reminders: [...form.reminders].sort((a, b) => order.indexOf(a) - order.indexOf(b)),
    sendingHours: { start: form.start, end: form.end },
    sameDayMorningTime: form.sameDayMorningTime,
    confirmationRequest: form.confirmationRequest,
    bookingConfirmation: { online: form.bookingOnline, staff: form.bookingStaff },
    cancellationConfirmation: form.cancellationConfirmation,
    rebookingUrl: form.rebookingUrl.trim() || null,
    templates: { ...form.templates },
  };
}

/** Location settings for appointment texts: schedule, confirmations, rebooking link, wording. */
@Component({
  selector: 'bcn-settings-page',
  imports: [FormsModule, RouterLink, TemplateEditor, AfterHoursSettings, NotificationSettings, VipRuleSettings, PlanLockComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './settings-page.html',
  styleUrl: './settings-page.css',
})
export class SettingsPage {
  private readonly api = inject(SettingsApi);
  protected readonly ctx = inject(LocationContext);
  private readonly plans = inject(PlanService);
  /** Outside the plan the workflow never sends the request, whatever the toggle says: shown disabled with the reason. */
  protected readonly confirmationLocked = computed(() => this.plans.lock('confirmationRequests') !== null);

  protected readonly reminderOptions = REMINDER_OPTIONS;
  protected readonly templateInfo = TEMPLATE_INFO;
  protected readonly ifTag = '{% if firstName %}';
  protected readonly endifTag = '{% endif %}';

  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly view = signal<MessagingSettingsView | null>(null);
  protected readonly form = signal<FormState | null>(null);
  private readonly savedForm = signal<FormState | null>(null);

  protected readonly saving = signal(false);
  protected readonly saveError = signal<{ message: string; details: string[] } | null>(null);
  protected readonly justSaved = signal(false);
  protected readonly dirty = computed(() => JSON.stringify(this.form()) !== JSON.stringify(this.savedForm()));

  protected readonly testPhone = signal('');
  protected readonly testKind = signal<TemplateKind>('reminder');
  protected readonly testSending = signal(false);
  protected readonly testResult = signal<{ ok: true; result: TestSendResult } | { ok: false; error: string } | null>(null);

  /** The link the previews use: the one being typed once it looks like a web address. */
  protected readonly previewRebookingUrl = computed<string | null | undefined>(() => {
    const url = this.form()?.rebookingUrl.trim() ?? '';
    if (!url) return null;
    return LOOKS_LIKE_URL.test(url) ? url : undefined;
  });

  protected readonly timingLine = computed(() => {
    const t = this.view()?.confirmationTiming ?? { requestHours: 48, followUpHours: 24, highRiskHours: 12 };
    return `${t.requestHours} hours before the appointment the patient is asked to reply C to confirm or R to reschedule; if there is no answer, a follow-up goes out ${t.followUpHours} hours before; still unconfirmed ${t.highRiskHours} hours before, the appointment is flagged high risk and staff are alerted.`;
  });

  constructor() {
    toObservable(this.ctx.selectedId)
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.loadError.set(null);
          this.saveError.set(null);
          this.justSaved.set(false);
          this.testResult.set(null);
        }),
        switchMap((locationId) =>
          locationId
            ? this.api.get(locationId).pipe(
                map((view): LoadResult => ({ ok: true, view })),
                catchError((err: unknown) => of<LoadResult>({ ok: false, error: apiErrorMessage(err, "We couldn't load this location's settings.") })),
              )
            : of<LoadResult>({ ok: 'none' }),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((result) => {
        this.loading.set(result.ok === 'none' && !this.ctx.loaded());
        if (result.ok === true) this.apply(result.view);
        else {
          this.view.set(null);
          this.form.set(null);
          this.savedForm.set(null);
          if (result.ok === false) this.loadError.set(result.error);
        }
      });
  }

  protected patch(change: Partial<FormState>): void {
    this.form.update((f) => (f ? { ...f, ...change } : f));
    this.justSaved.set(false);
  }

  protected hasReminder(offset: string): boolean {
    return this.form()?.reminders.includes(offset) ?? false;
  }

  protected toggleReminder(offset: string, on: boolean): void {
    const current = this.form()?.reminders ?? [];
    this.patch({ reminders: on ? [...new Set([...current, offset])] : current.filter((r) => r !== offset) });
  }

  protected setTemplate(kind: TemplateKind, text: string): void {
    const f = this.form();
    if (f) this.patch({ templates: { ...f.templates, [kind]: text } });
  }

  protected save(): void {
    const form = this.form();
    const locationId = this.view()?.locationId;
    if (!form || !locationId || this.saving()) return;
    this.saving.set(true);
    this.saveError.set(null);
    this.justSaved.set(false);
    this.api.save(locationId, toSettings(form)).subscribe({
      next: (view) => {
        this.saving.set(false);
        this.apply(view);
        this.justSaved.set(true);
      },
      error: (err: unknown) => {
        this.saving.set(false);
        const body: unknown = err instanceof HttpErrorResponse ? err.error : null;
        const details = typeof body === 'object' && body !== null && Array.isArray((body as { details?: unknown }).details) ? ((body as { details: unknown[] }).details.filter((d) => typeof d === 'string') as string[]) : [];
        this.saveError.set(
          details.length ? { message: 'The settings were not saved. Please fix the following:', details } : { message: apiErrorMessage(err, "The settings couldn't be saved."), details: [] },
        );
      },
    });
  }

  protected discard(): void {
    const saved = this.savedForm();
    if (saved) this.form.set(structuredClone(saved));
    this.saveError.set(null);
  }

  protected sendTest(): void {
    const locationId = this.view()?.locationId;
    const phone = this.testPhone().trim();
    if (!locationId || this.testSending()) return;
    if (!phone) {
      this.testResult.set({ ok: false, error: 'Enter the phone number to text, e.g. +15125550123.' });
      return;
    }
    this.testSending.set(true);
    this.testResult.set(null);
    this.api.testSend(locationId, this.testKind(), phone, crypto.randomUUID()).subscribe({
      next: (result) => {
        this.testSending.set(false);
        this.testResult.set({ ok: true, result });
      },
      error: (err: unknown) => {
        this.testSending.set(false);
        this.testResult.set({ ok: false, error: apiErrorMessage(err, "The test text couldn't be sent.") });
      },
    });
  }

  private apply(view: MessagingSettingsView): void {
    this.view.set(view);
    this.form.set(toForm(view));
    this.savedForm.set(toForm(view));
    this.loadError.set(null);
  }
}
