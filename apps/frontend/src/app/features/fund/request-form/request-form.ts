import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { catchError, of } from 'rxjs';
import type { AssistanceActivityType, AssistanceChannel, AssistanceRequestDto, CurrencyCode } from '../../../api/models';
import { ASSISTANCE_ACTIVITY_TYPE } from '../../../api/models/assistance-activity-type-array';
import { ASSISTANCE_CHANNEL } from '../../../api/models/assistance-channel-array';
import { CURRENCY_CODE } from '../../../api/models/currency-code-array';
import { AuthStore } from '../../access/auth.store';
import { fieldErrors, problemMessage, statusOf } from '../../access/http-problem';
import { FundApi } from '../fund.api';
import { ACTIVITY_TYPE_LABELS, CHANNEL_LABELS } from '../fund-labels';
import { amountInput, amountText } from '../fund-money';

/** A recommendation linked in the form, with what identifies it to a person. */
export interface LinkedChoice {
  readonly id: number;
  readonly label: string;
  readonly text: string;
}

export function recommendationLabel(r: { readonly body: string; readonly documentSymbol: string | null; readonly paragraph: string | null; readonly id: number }): string {
  const where = [r.documentSymbol, r.paragraph === null ? null : `¶${r.paragraph}`].filter((p): p is string => p !== null).join(' ');
  return `${r.body} ${where === '' ? `#${r.id}` : where}`;
}

/**
 * Drafting or changing a request: what for, through whom, the State's consent, the amount, the
 * partners, and the recommendations it serves (found by searching the State's own recommendations).
 * The server checks everything again; its reasons are shown next to the fields.
 */
@Component({
  selector: 'app-request-form',
  imports: [RouterLink],
  templateUrl: './request-form.html',
  styleUrl: '../request-page/request-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestForm {
  private readonly api = inject(FundApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);

  /** The `:id` route parameter when editing; absent for a new request. */
  readonly id = input<string>();

  protected readonly activityTypes = ASSISTANCE_ACTIVITY_TYPE;
  protected readonly activityLabels = ACTIVITY_TYPE_LABELS;
  protected readonly channels = ASSISTANCE_CHANNEL;
  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly currencies = CURRENCY_CODE;

  protected readonly existing = signal<AssistanceRequestDto | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly stateIso3 = signal('');
  protected readonly activityType = signal<AssistanceActivityType>('implementation_project_co_funding');
  protected readonly channel = signal<AssistanceChannel>('ohchr_field_office');
  protected readonly description = signal('');
  protected readonly consentOn = signal('');
  protected readonly consentBy = signal('');
  protected readonly currency = signal<CurrencyCode>('USD');
  protected readonly requested = signal('');
  protected readonly partnerIds = signal<readonly number[]>([]);
  protected readonly partnerChoice = signal('');
  protected readonly linked = signal<readonly LinkedChoice[]>([]);
  protected readonly search = signal('');
  protected readonly results = signal<readonly LinkedChoice[] | null>(null);
  protected readonly errors = signal<Readonly<Record<string, string>>>({});
  protected readonly problem = signal<string | null>(null);
  protected readonly busy = signal(false);

  protected readonly states = toSignal(this.api.states().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly stakeholders = toSignal(this.api.stakeholders().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly partners = computed(() => this.stakeholders().filter((s) => this.partnerIds().includes(s.id)));
  protected readonly partnerOptions = computed(() => this.stakeholders().filter((s) => !this.partnerIds().includes(s.id)));

  protected readonly editing = computed(() => this.id() !== undefined);
  /** A focal point drafts for its own State only; OHCHR chooses the State. */
  protected readonly ownState = computed(() => {
    const user = this.auth.user();
    return user?.role === 'state_focal_point' ? user.stateIso3 : null;
  });
  protected readonly stateName = computed(() => this.states().find((s) => s.iso3 === this.stateIso3())?.name ?? this.stateIso3());

  constructor() {
    effect(() => {
      const own = this.ownState();
      if (own !== null && !this.editing()) untracked(() => this.stateIso3.set(own));
    });
    effect(() => {
      const raw = this.id();
      if (raw === undefined) return;
      untracked(() => this.load(raw));
    });
  }

  protected error(field: string): string | null {
    return this.errors()[field] ?? null;
  }

  /** Errors of the linked recommendations (the server names them recommendationIds[i]). */
  protected readonly linkErrors = computed(() =>
    Object.entries(this.errors())
      .filter(([field]) => field.startsWith('recommendationIds'))
      .map(([, reason]) => reason),
  );

  protected findRecommendations(): void {
    const state = this.stateIso3();
    if (state === '') {
      this.errors.set({ stateIso3: $localize`:@@fund.form.chooseStateFirst:Choose the requesting State first.` });
      return;
    }
    this.api.searchRecommendations(state, this.search()).subscribe({
      next: (page) => this.results.set(page.items.map((r) => ({ id: r.id, label: recommendationLabel(r), text: r.text }))),
      error: (error: unknown) => this.problem.set(problemMessage(error, $localize`:@@fund.form.searchError:The recommendations could not be searched.`)),
    });
  }

  protected link(choice: LinkedChoice): void {
    if (!this.linked().some((l) => l.id === choice.id)) this.linked.update((list) => [...list, choice]);
  }

  protected unlink(id: number): void {
    this.linked.update((list) => list.filter((l) => l.id !== id));
  }

  protected isLinked(id: number): boolean {
    return this.linked().some((l) => l.id === id);
  }

  protected addPartner(): void {
    const id = Number(this.partnerChoice());
    if (Number.isInteger(id) && id > 0) this.partnerIds.update((ids) => [...ids, id]);
    this.partnerChoice.set('');
  }

  protected removePartner(id: number): void {
    this.partnerIds.update((ids) => ids.filter((p) => p !== id));
  }

  protected onActivity(value: string): void {
    const found = this.activityTypes.find((t) => t === value);
    if (found !== undefined) this.activityType.set(found);
  }

  protected onChannel(value: string): void {
    const found = this.channels.find((c) => c === value);
    if (found !== undefined) this.channel.set(found);
  }

  protected onCurrency(value: string): void {
    const found = this.currencies.find((c) => c === value);
    if (found !== undefined) this.currency.set(found);
  }

  protected onState(value: string): void {
    this.stateIso3.set(value);
    // Recommendations of another State cannot be linked: start again.
    this.linked.set([]);
    this.results.set(null);
  }

  protected save(): void {
    const amount = this.requested().trim() === '' ? ({ ok: true, amountMinor: '0' } as const) : amountInput(this.requested(), this.currency());
    if (!amount.ok) {
      this.errors.set({ requestedMinor: amount.message });
      return;
    }
    this.errors.set({});
    this.problem.set(null);
    this.busy.set(true);
    const fields = {
      activityType: this.activityType(),
      channel: this.channel(),
      description: this.description(),
      consentOn: this.consentOn() === '' ? null : this.consentOn(),
      consentBy: this.consentBy().trim() === '' ? null : this.consentBy(),
      currency: this.currency(),
      requestedMinor: amount.amountMinor,
      recommendationIds: this.linked().map((l) => l.id),
      partnerIds: [...this.partnerIds()],
    };
    const existing = this.existing();
    const call = existing === null ? this.api.create({ stateIso3: this.stateIso3(), ...fields }) : this.api.update(existing.id, { version: existing.version, ...fields });
    call.subscribe({
      next: (saved) => {
        this.busy.set(false);
        void this.router.navigate(['/fund/requests', saved.id]);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.errors.set(fieldErrors(error));
        this.problem.set(problemMessage(error, $localize`:@@fund.form.saveError:The request could not be saved.`));
      },
    });
  }

  private load(raw: string): void {
    const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
    if (id === null) {
      this.loadError.set($localize`:@@fund.form.missing:There is no such request.`);
      return;
    }
    this.api.request(id).subscribe({
      next: (r) => {
        this.existing.set(r);
        this.stateIso3.set(r.stateIso3);
        this.activityType.set(r.activityType);
        this.channel.set(r.channel);
        this.description.set(r.description);
        this.consentOn.set(r.consentOn ?? '');
        this.consentBy.set(r.consentBy ?? '');
        this.currency.set(r.requested.currency as CurrencyCode);
        this.requested.set(amountText(r.requested.amountMinor, r.requested.currency));
        this.partnerIds.set(r.partners.map((p) => p.id));
        this.linked.set(r.recommendations.map((rec) => ({ id: rec.id, label: recommendationLabel(rec), text: rec.text })));
      },
      error: (error: unknown) =>
        this.loadError.set(statusOf(error) === 404 ? $localize`:@@fund.form.missing:There is no such request.` : problemMessage(error, $localize`:@@fund.form.loadError:The request could not be loaded.`)),
    });
  }
}
