import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { Api } from '../../api/api';
import { ApiConfiguration } from '../../api/api-configuration';
import { addAssistanceDisbursement } from '../../api/fn/fund/add-assistance-disbursement';
import { voidAssistanceDisbursement } from '../../api/fn/fund/void-assistance-disbursement';
import { addAssistanceDocument } from '../../api/fn/fund/add-assistance-document';
import { createAssistanceRequest } from '../../api/fn/fund/create-assistance-request';
import { downloadAssistanceDocument } from '../../api/fn/fund/download-assistance-document';
import { fundAggregates, type FundAggregates$Params } from '../../api/fn/fund/fund-aggregates';
import { getAssistanceRecommendations } from '../../api/fn/fund/get-assistance-recommendations';
import { getAssistanceRequest } from '../../api/fn/fund/get-assistance-request';
import { listAssistanceRequests, type ListAssistanceRequests$Params } from '../../api/fn/fund/list-assistance-requests';
import { publishAssistanceRequest } from '../../api/fn/fund/publish-assistance-request';
import { transitionAssistanceRequest } from '../../api/fn/fund/transition-assistance-request';
import { updateAssistanceRequest } from '../../api/fn/fund/update-assistance-request';
import { listRecommendations } from '../../api/fn/recommendations/list-recommendations';
import { listStakeholders } from '../../api/fn/stakeholders/list-stakeholders';
import { listStates } from '../../api/fn/states/list-states';
import type {
  AssistanceRequestCreateDto,
  AssistanceRequestDto,
  AssistanceRequestPageDto,
  AssistanceRequestUpdateDto,
  AssistanceTransitionDto,
  DisbursementCreateDto,
  DocumentUploadDto,
  FundAggregatesDto,
  LinkedRecommendationsDto,
  RecommendationPageDto,
  StakeholderDto,
  StateDto,
} from '../../api/models';

export type FundFilter = Omit<FundAggregates$Params, 'granularity'>;

/** The Fund feature's only contact with the generated API client. Specs replace the HTTP backend. */
@Injectable({ providedIn: 'root' })
export class FundApi {
  private readonly api = inject(Api);
  private readonly config = inject(ApiConfiguration);

  requests(params: ListAssistanceRequests$Params): Observable<AssistanceRequestPageDto> {
    return this.api.invoke(listAssistanceRequests, params);
  }
  aggregates(params: FundAggregates$Params): Observable<FundAggregatesDto> {
    return this.api.invoke(fundAggregates, params);
  }
  request(id: number): Observable<AssistanceRequestDto> {
    return this.api.invoke(getAssistanceRequest, { id });
  }
  linkedRecommendations(id: number): Observable<LinkedRecommendationsDto> {
    return this.api.invoke(getAssistanceRecommendations, { id });
  }
  create(body: AssistanceRequestCreateDto): Observable<AssistanceRequestDto> {
    return this.api.invoke(createAssistanceRequest, { body });
  }
  update(id: number, body: AssistanceRequestUpdateDto): Observable<AssistanceRequestDto> {
    return this.api.invoke(updateAssistanceRequest, { id, body });
  }
  transition(id: number, body: AssistanceTransitionDto): Observable<AssistanceRequestDto> {
    return this.api.invoke(transitionAssistanceRequest, { id, body });
  }
  disburse(id: number, body: DisbursementCreateDto): Observable<AssistanceRequestDto> {
    return this.api.invoke(addAssistanceDisbursement, { id, body });
  }
  voidDisbursement(id: number, disbursementId: number, reason: string): Observable<AssistanceRequestDto> {
    return this.api.invoke(voidAssistanceDisbursement, { id, disbursementId, body: { reason } });
  }
  publish(id: number): Observable<AssistanceRequestDto> {
    return this.api.invoke(publishAssistanceRequest, { id });
  }
  addDocument(id: number, body: DocumentUploadDto): Observable<AssistanceRequestDto> {
    return this.api.invoke(addAssistanceDocument, { id, body });
  }
  /** Address of a stored document, for a plain download link (the session cookie goes with it). */
  documentUrl(id: number, documentId: number): string {
    return this.config.rootUrl + downloadAssistanceDocument.PATH.replace('{id}', String(id)).replace('{documentId}', String(documentId));
  }
  /** Recommendations addressed to a State, for linking: a full-text search within them. */
  searchRecommendations(stateIso3: string, q: string): Observable<RecommendationPageDto> {
    return this.api.invoke(listRecommendations, { state: [stateIso3], limit: 20, ...(q.trim() === '' ? {} : { q: q.trim() }) });
  }
  states(): Observable<StateDto[]> {
    return this.api.invoke(listStates);
  }
  stakeholders(): Observable<StakeholderDto[]> {
    return this.api.invoke(listStakeholders);
  }
}
