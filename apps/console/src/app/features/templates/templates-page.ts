import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { countSmsSegments } from '@beacon/contracts/sms-segments.util';
import { apiErrorMessage } from '../../core/api-error';
import { GsmWarning } from '../../shared/gsm-warning';
import { AuthService } from '../../core/auth.service';
import { LocationContext } from '../../core/location-context';
import { PlanService } from '../../core/plan.service';
import { PlanLockComponent } from '../../shared/plan-lock';
import { ComposeApi, MessageTemplate, PendingTemplate, QuickReply, QuickReplyAnalytics, TemplateAnalytics } from '../compose/compose.api';

function emptyDraft() {
  return { shortcut: '', title: '', category: 'Scheduling', body: '', shared: true, marketing: false };
}

const TEMPLATE_CATEGORIES = ['Scheduling', 'Reminders', 'Aftercare', 'Pricing', 'Policies', 'Promotions', 'General'];

function emptyTemplateDraft() {
  return { name: '', category: 'Scheduling', body: '', marketing: false };
}

interface Bar {
  label: string;
  value: number;
  testId: string;
}

/** Template library (search, favourites, analytics chart, use in a conversation) and quick replies with their usage. */
@Component({
  selector: 'bcn-templates-page',
  imports: [FormsModule, PlanLockComponent, GsmWarning],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './templates-page.html',
  styleUrl: './templates-page.css',
})
export class TemplatesPage {
  private readonly api = inject(ComposeApi);
  private readonly plans = inject(PlanService);
  /** Template analytics outside the plan: the results are shown as not included (the server refuses them). */
  protected readonly analyticsLocked = computed(() => this.plans.lock('templateAnalytics') !== null);
  private readonly router = inject(Router);
  private readonly pending = inject(PendingTemplate);
  private readonly locations = inject(LocationContext);
  private readonly auth = inject(AuthService);
  protected readonly canManage = computed(() => !!this.auth.staff()?.permissions?.manageTemplates);

  protected readonly tab = signal<'library' | 'quick'>('library');
  protected readonly query = signal('');
  protected readonly favoritesOnly = signal(false);
  protected readonly templates = signal<MessageTemplate[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly selected = signal<MessageTemplate | null>(null);
  protected readonly analytics = signal<TemplateAnalytics | null>(null);
  protected readonly bars = computed<Bar[]>(() => {
    const a = this.analytics();
    if (!a) return [];
    return [
      { label: 'Sent', value: a.sent, testId: 'stat-sent' },
      { label: 'Delivered', value: a.delivered, testId: 'stat-delivered' },
      { label: 'Replied within 24 h', value: a.repliedWithin24h, testId: 'stat-replied' },
      { label: 'Booked within 7 days', value: a.convertedWithin7d, testId: 'stat-converted' },
    ];
  });
  protected readonly barMax = computed(() => Math.max(1, ...this.bars().map((b) => b.value)));

  protected templateCategories = TEMPLATE_CATEGORIES;
  /** The library form: closed (null), a new template ('new') or the id of the one being edited. */
  protected readonly templateForm = signal<string | null>(null);
  protected templateDraft = emptyTemplateDraft();
  protected readonly templateError = signal<string | null>(null);
  protected readonly savingTemplate = signal(false);
  /** The text being typed in the library form and the quick-reply form, for their plain-SMS (GSM-7) warnings. */
  protected readonly templateText = signal('');
  protected readonly quickReplyText = signal('');
  protected readonly templateNonGsm = computed(() => countSmsSegments(this.templateText()).nonGsmCharacters);
  protected readonly quickReplyNonGsm = computed(() => countSmsSegments(this.quickReplyText()).nonGsmCharacters);

  protected readonly quickReplies = signal<QuickReply[]>([]);
  protected readonly quickStats = signal<QuickReplyAnalytics | null>(null);
  protected readonly weekMax = computed(() => Math.max(1, ...(this.quickStats()?.weekly ?? []).map((w) => w.uses)));
  protected draft = emptyDraft();
  protected readonly draftError = signal<string | null>(null);
  /** The quick reply being edited in the form (null: the form adds a new one). */
  protected readonly editingId = signal<string | null>(null);
  /** The quick reply whose "Archive" was clicked once, waiting for the confirmation click. */
  protected readonly confirmingArchive = signal<string | null>(null);
  protected readonly listError = signal<string | null>(null);

  constructor() {
    effect(() => {
      const q = this.query();
      const favorites = this.favoritesOnly();
      untracked(() => this.load(q, favorites));
    });
    effect(() => {
      const locationId = this.locations.selectedId();
      if (locationId) untracked(() => this.loadQuick(locationId));
    });
  }

  protected open(t: MessageTemplate): void {
    this.selected.set(t);
    this.analytics.set(null);
    if (this.analyticsLocked()) return;
    this.api.templateAnalytics(t.id).subscribe({ next: (a) => this.analytics.set(a), error: (err: unknown) => this.error.set(apiErrorMessage(err)) });
  }

  protected toggleFavorite(t: MessageTemplate): void {
    this.api.setFavorite(t.id, !t.favorite).subscribe({
      next: ({ favorite }) => this.templates.update((list) => list.map((x) => (x.id === t.id ? { ...x, favorite } : x))),
      error: (err: unknown) => this.error.set(apiErrorMessage(err)),
    });
  }

  protected newTemplate(): void {
    this.templateDraft = emptyTemplateDraft();
    this.templateText.set('');
    this.templateError.set(null);
    this.templateForm.set('new');
  }

  protected editTemplate(t: MessageTemplate): void {
    const categories = TEMPLATE_CATEGORIES.includes(t.category) ? TEMPLATE_CATEGORIES : [...TEMPLATE_CATEGORIES, t.category];
    this.templateCategories = categories;
    this.templateDraft = { name: t.name, category: t.category, body: t.body, marketing: t.kind === 'marketing' };
    this.templateText.set(t.body);
    this.templateError.set(null);
    this.templateForm.set(t.id);
  }

  protected closeTemplateForm(): void {
    this.templateForm.set(null);
    this.templateError.set(null);
  }

  /** Saves the library form; the saved template is shown (and listed, even if the search would hide it). */
  protected saveTemplate(): void {
    const editing = this.templateForm();
    if (!editing) return;
    this.savingTemplate.set(true);
    this.templateError.set(null);
    const d = this.templateDraft;
    const input = { name: d.name, category: d.category, body: d.body, kind: d.marketing ? ('marketing' as const) : ('transactional' as const) };
    this.api.saveTemplate(editing === 'new' ? null : editing, input).subscribe({
      next: (saved) => {
        this.savingTemplate.set(false);
        this.templateForm.set(null);
        this.templates.update((list) => (list.some((x) => x.id === saved.id) ? list.map((x) => (x.id === saved.id ? saved : x)) : [saved, ...list]));
        this.open(saved);
      },
      error: (err: unknown) => {
        this.savingTemplate.set(false);
        this.templateError.set(apiErrorMessage(err, "We couldn't save this template."));
      },
    });
  }

  protected use(t: MessageTemplate): void {
    this.pending.template.set(t);
    void this.router.navigate(['/inbox']);
  }

  /** Saves the form: a new quick reply, or the changes to the one being edited. */
  protected saveQuickReply(): void {
    const locationId = this.locations.selectedId();
    const editing = this.editingId();
    this.draftError.set(null);
    const input = {
      locationId: this.draft.shared ? null : locationId,
      category: this.draft.category,
      shortcut: this.draft.shortcut,
      title: this.draft.title,
      body: this.draft.body,
      kind: this.draft.marketing ? ('marketing' as const) : ('transactional' as const),
    };
    (editing ? this.api.updateQuickReply(editing, input) : this.api.createQuickReply(input)).subscribe({
      next: () => {
        this.cancelEdit();
        if (locationId) this.loadQuick(locationId);
      },
      error: (err: unknown) => this.draftError.set(apiErrorMessage(err, "We couldn't save this quick reply.")),
    });
  }

  protected editQuickReply(r: QuickReply): void {
    this.editingId.set(r.id);
    this.confirmingArchive.set(null);
    this.draftError.set(null);
    this.draft = { shortcut: r.shortcut, title: r.title, category: r.category, body: r.body, shared: r.locationId === null, marketing: r.kind === 'marketing' };
    this.quickReplyText.set(r.body);
  }

  protected cancelEdit(): void {
    this.editingId.set(null);
    this.draftError.set(null);
    this.draft = emptyDraft();
    this.quickReplyText.set('');
  }

  /** First click asks, the second archives. */
  protected archiveQuickReply(r: QuickReply): void {
    if (this.confirmingArchive() !== r.id) {
      this.confirmingArchive.set(r.id);
      return;
    }
    this.listError.set(null);
    this.api.archiveQuickReply(r.id).subscribe({
      next: () => {
        this.confirmingArchive.set(null);
        if (this.editingId() === r.id) this.cancelEdit();
        this.quickReplies.update((list) => list.filter((x) => x.id !== r.id));
      },
      error: (err: unknown) => this.listError.set(apiErrorMessage(err, "We couldn't archive this quick reply.")),
    });
  }

  private load(q: string, favorites: boolean): void {
    this.api.templates({ q, favorites }).subscribe({ next: (list) => this.templates.set(list), error: (err: unknown) => this.error.set(apiErrorMessage(err)) });
  }

  private loadQuick(locationId: string): void {
    this.api.quickReplies(locationId).subscribe({ next: (list) => this.quickReplies.set(list), error: () => this.quickReplies.set([]) });
    if (this.analyticsLocked()) return;
    this.api.quickReplyAnalytics(locationId).subscribe({ next: (a) => this.quickStats.set(a), error: () => this.quickStats.set(null) });
  }
}
