import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { Subject, combineLatest, map, of, startWith } from 'rxjs';
import { INITIAL_LOAD_STATE, loadEach } from '../../../shared/load-state';
import { RecommendationAssessments } from '../../access/assessments/recommendation-assessments';
import { RecordTabs } from '../../access/history/record-tabs';
import { RecommendationFollowUp } from '../../follow-up/status/recommendation-follow-up';
import { documentReference, periodLabel } from '../recommendation-format';
import {
  MECHANISM_LABELS,
  RESPONSE_LABELS,
  STAKEHOLDER_KIND_LABELS,
  STAKEHOLDER_ROLE_LABELS,
  STATUS_LABELS,
} from '../recommendation-labels';
import type { RecommendationDetail } from '../recommendation.models';
import { RecommendationsApi } from '../recommendations.api';

/** A route parameter as a recommendation id, or null when it cannot be one. */
export function parseRecommendationId(raw: string): number | null {
  return /^[1-9]\d{0,15}$/.test(raw) && Number.isSafeInteger(Number(raw)) ? Number(raw) : null;
}

/** Everything recorded about one recommendation. */
@Component({
  selector: 'app-recommendation-detail',
  imports: [DatePipe, RouterLink, RecordTabs, RecommendationAssessments, RecommendationFollowUp],
  templateUrl: './recommendation-detail.html',
  styleUrl: './recommendation-detail.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecommendationDetailPage {
  private readonly api = inject(RecommendationsApi);
  private readonly retries = new Subject<void>();

  /** The `:id` route parameter (bound by the router). */
  readonly id = input.required<string>();

  protected readonly state = toSignal(
    combineLatest([toObservable(this.id), this.retries.pipe(startWith(undefined))]).pipe(
      map(([id]) => parseRecommendationId(id)),
      loadEach((id) => (id === null ? of(null) : this.api.get(id))),
    ),
    { initialValue: INITIAL_LOAD_STATE },
  );

  protected readonly recommendation = computed<RecommendationDetail | null | undefined>(() => this.state().value);
  protected readonly heading = computed(() => {
    const recommendation = this.recommendation();
    if (!recommendation) {
      return null;
    }
    return (
      documentReference(recommendation.documentSymbol, recommendation.paragraph) ??
      $localize`:Heading of a recommendation without document reference@@detail.headingById:Recommendation ${recommendation.id}:id:`
    );
  });
  protected readonly period = computed(() => {
    const recommendation = this.recommendation();
    return recommendation ? periodLabel(recommendation.cycle, recommendation.session) : null;
  });

  protected readonly mechanismLabels = MECHANISM_LABELS;
  protected readonly responseLabels = RESPONSE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly roleLabels = STAKEHOLDER_ROLE_LABELS;
  protected readonly kindLabels = STAKEHOLDER_KIND_LABELS;

  protected retry(): void {
    this.retries.next();
  }
}
