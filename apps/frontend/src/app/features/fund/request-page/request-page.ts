import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Subject, catchError, map, merge, of, startWith, switchMap } from 'rxjs';
import type { AssistanceRequestDto, AssistanceTransitionAction, AssistanceTransitionDto, LinkedRecommendationsDto } from '../../../api/models';
import { ROLE_LABELS } from '../../access/access-labels';
import { fieldErrors, problemMessage, statusOf } from '../../access/http-problem';
import { STATUS_LABELS } from '../../recommendations/recommendation-labels';
import { FundApi } from '../fund.api';
import { ACTIVITY_TYPE_LABELS, ASSISTANCE_STATUS_LABELS, CHANNEL_LABELS, HISTORY_LABELS, MOVEMENT_LABELS, PARTY_LABELS, TRANSITION_LABELS } from '../fund-labels';
import { amountInput } from '../fund-money';

type Loaded = { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly request: AssistanceRequestDto } | { readonly kind: 'missing' | 'error' };

/** What the page tells after an action: what happened, or what the server refused and why. */
interface Outcome {
  readonly kind: 'done' | 'refused';
  readonly text: string;
  /** Field → reason, from a 400 answer. */
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * One assistance request: its details and amounts, the steps the caller may take now (and only
 * those: the server lists them), disbursements, documents, the linked recommendations with their
 * status over time and whether they moved during the assistance, and the history.
 */
@Component({
  selector: 'app-request-page',
  imports: [DatePipe, RouterLink],
  templateUrl: './request-page.html',
  styleUrl: './request-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestPage {
  private readonly api = inject(FundApi);
  private readonly updates = new Subject<AssistanceRequestDto>();

  /** The `:id` route parameter. */
  readonly id = input.required<string>();

  protected readonly statusLabels = ASSISTANCE_STATUS_LABELS;
  protected readonly activityLabels = ACTIVITY_TYPE_LABELS;
  protected readonly channelLabels = CHANNEL_LABELS;
  protected readonly transitionLabels = TRANSITION_LABELS;
  protected readonly historyLabels = HISTORY_LABELS;
  protected readonly partyLabels = PARTY_LABELS;
  protected readonly movementLabels = MOVEMENT_LABELS;
  protected readonly recommendationStatusLabels = STATUS_LABELS;
  protected readonly roleLabels = ROLE_LABELS;

  protected readonly outcome = signal<Outcome | null>(null);
  protected readonly busy = signal(false);
  /** Fields of the step form. */
  protected readonly reason = signal('');
  protected readonly approvedAmount = signal('');
  protected readonly aboveReason = signal('');
  protected readonly stepDate = signal('');
  /** Fields of the disbursement form. */
  protected readonly disbursedAmount = signal('');
  protected readonly disbursedOn = signal('');
  protected readonly disbursementNote = signal('');
  /** The disbursement being voided, and why. */
  protected readonly voiding = signal<number | null>(null);
  protected readonly voidReason = signal('');
  /** Fields of the document form. */
  protected readonly documentTitle = signal('');
  protected readonly documentUrl = signal('');
  protected documentFile: File | null = null;

  private readonly numericId = computed(() => (/^[1-9]\d{0,9}$/.test(this.id()) ? Number(this.id()) : null));

  protected readonly loaded = toSignal(
    merge(
      toObservable(this.numericId).pipe(
        switchMap((id) => {
          if (id === null) return of<Loaded>({ kind: 'missing' });
          return this.api.request(id).pipe(
            map((request): Loaded => ({ kind: 'ready', request })),
            catchError((error: unknown) => of<Loaded>({ kind: statusOf(error) === 404 ? 'missing' : 'error' })),
            startWith<Loaded>({ kind: 'loading' }),
          );
        }),
      ),
      this.updates.pipe(map((request): Loaded => ({ kind: 'ready', request }))),
    ),
    { initialValue: { kind: 'loading' } as Loaded },
  );
  protected readonly request = computed(() => {
    const loaded = this.loaded();
    return loaded.kind === 'ready' ? loaded.request : null;
  });

  /** The linked recommendations and results, reloaded whenever the request changes. */
  protected readonly linked = toSignal(
    toObservable(this.request).pipe(
      switchMap((r) => (r === null ? of(null) : this.api.linkedRecommendations(r.id).pipe(catchError(() => of(null))))),
    ),
    { initialValue: null as LinkedRecommendationsDto | null },
  );

  protected readonly steps = computed(() => this.request()?.actions.transitions ?? []);
  protected readonly needsReason = computed(() => this.steps().some((s) => s === 'return' || s === 'decline'));
  protected readonly canApprove = computed(() => this.steps().includes('approve'));

  protected documentHref(documentId: number): string {
    return this.api.documentUrl(this.request()?.id ?? 0, documentId);
  }

  protected take(request: AssistanceRequestDto, action: AssistanceTransitionAction): void {
    const body: AssistanceTransitionDto = { action, version: request.version };
    if (this.stepDate() !== '') body.effectiveOn = this.stepDate();
    if (action === 'return' || action === 'decline') body.reason = this.reason();
    if (action === 'approve') {
      const amount = amountInput(this.approvedAmount(), request.requested.currency);
      if (!amount.ok) {
        this.refuse(amount.message, { approvedMinor: amount.message });
        return;
      }
      body.approvedMinor = amount.amountMinor;
      if (this.aboveReason().trim() !== '') body.approvalAboveRequestReason = this.aboveReason();
    }
    this.run(this.api.transition(request.id, body), $localize`:Message after a step@@fund.step.done:Done: the request is now “${this.statusLabels[this.nextStatusOf(action)]}:status:”.`, () => {
      this.reason.set('');
      this.approvedAmount.set('');
      this.aboveReason.set('');
      this.stepDate.set('');
    });
  }

  protected publish(request: AssistanceRequestDto): void {
    this.run(this.api.publish(request.id), $localize`:Message after publishing@@fund.published:The request is published: everyone can see it now.`);
  }

  protected disburse(request: AssistanceRequestDto): void {
    const amount = amountInput(this.disbursedAmount(), request.requested.currency);
    if (!amount.ok) {
      this.refuse(amount.message, { amountMinor: amount.message });
      return;
    }
    this.run(
      this.api.disburse(request.id, { amountMinor: amount.amountMinor, disbursedOn: this.disbursedOn(), ...(this.disbursementNote().trim() === '' ? {} : { note: this.disbursementNote() }) }),
      $localize`:Message after recording a disbursement@@fund.disbursed:The disbursement is recorded.`,
      () => {
        this.disbursedAmount.set('');
        this.disbursementNote.set('');
      },
    );
  }

  protected startVoid(disbursementId: number): void {
    this.voidReason.set('');
    this.outcome.set(null);
    this.voiding.set(disbursementId);
  }

  protected voidDisbursement(request: AssistanceRequestDto, disbursementId: number): void {
    this.run(
      this.api.voidDisbursement(request.id, disbursementId, this.voidReason()),
      $localize`:Message after voiding a disbursement@@fund.voided:The disbursement is voided: it no longer counts.`,
      () => {
        this.voiding.set(null);
        this.voidReason.set('');
      },
    );
  }

  protected chooseFile(event: Event): void {
    this.documentFile = (event.target as HTMLInputElement).files?.item(0) ?? null;
  }

  protected addDocument(request: AssistanceRequestDto): void {
    const url = this.documentUrl().trim();
    this.run(
      this.api.addDocument(request.id, { title: this.documentTitle(), ...(this.documentFile !== null ? { file: this.documentFile } : url !== '' ? { url } : {}) }),
      $localize`:Message after adding a document@@fund.documentAdded:The document is added.`,
      () => {
        this.documentTitle.set('');
        this.documentUrl.set('');
        this.documentFile = null;
      },
    );
  }

  protected fieldError(field: string): string | null {
    return this.outcome()?.fields[field] ?? null;
  }

  private nextStatusOf(action: AssistanceTransitionAction): AssistanceRequestDto['status'] {
    switch (action) {
      case 'submit':
        return 'submitted';
      case 'start_review':
        return 'under_review';
      case 'return':
        return 'draft';
      case 'approve':
        return 'approved';
      case 'decline':
        return 'declined';
      case 'start_implementation':
        return 'in_implementation';
      case 'complete':
        return 'completed';
      case 'report':
        return 'reported';
    }
  }

  private refuse(text: string, fields: Readonly<Record<string, string>> = {}): void {
    this.outcome.set({ kind: 'refused', text, fields });
  }

  private run(call: ReturnType<FundApi['request']>, done: string, after: () => void = () => undefined): void {
    this.busy.set(true);
    this.outcome.set(null);
    call.subscribe({
      next: (updated) => {
        this.busy.set(false);
        this.updates.next(updated);
        this.outcome.set({ kind: 'done', text: done, fields: {} });
        after();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.refuse(problemMessage(error, $localize`:@@fund.actionError:That could not be done. Check your connection and try again.`), fieldErrors(error));
      },
    });
  }
}
