import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { Api } from '../../api/api';
import { getQueueDashboard } from '../../api/fn/admin/get-queue-dashboard';
import { evaluateFlags } from '../../api/fn/flags/evaluate-flags';
import { getFlag } from '../../api/fn/flags/get-flag';
import { getSweep } from '../../api/fn/flags/get-sweep';
import { listFlagRules } from '../../api/fn/flags/list-flag-rules';
import { listFlags, type ListFlags$Params } from '../../api/fn/flags/list-flags';
import { listSweeps } from '../../api/fn/flags/list-sweeps';
import { reviewFlag } from '../../api/fn/flags/review-flag';
import type { FlagDetailDto, FlagListDto, FlagReviewDto, QueueDashboardDto, RulesDto, SweepDto } from '../../api/models';

export type FlagFilters = ListFlags$Params;

/** Flags, sweeps and the queue dashboard through the generated API client. Specs replace the HTTP backend. */
@Injectable({ providedIn: 'root' })
export class FlagsApi {
  private readonly api = inject(Api);

  list(filters: FlagFilters): Observable<FlagListDto> {
    return this.api.invoke(listFlags, filters);
  }

  rules(): Observable<RulesDto> {
    return this.api.invoke(listFlagRules);
  }

  get(id: number): Observable<FlagDetailDto> {
    return this.api.invoke(getFlag, { id });
  }

  review(id: number, body: FlagReviewDto): Observable<FlagDetailDto> {
    return this.api.invoke(reviewFlag, { id, body });
  }

  evaluate(stateIso3: string | null): Observable<SweepDto> {
    return this.api.invoke(evaluateFlags, { body: stateIso3 === null ? {} : { stateIso3 } });
  }

  sweeps(): Observable<SweepDto[]> {
    return this.api.invoke(listSweeps);
  }

  sweep(id: number): Observable<SweepDto> {
    return this.api.invoke(getSweep, { id });
  }

  queues(): Observable<QueueDashboardDto> {
    return this.api.invoke(getQueueDashboard);
  }
}
