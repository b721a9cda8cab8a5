import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import { Api } from '../../api/api';
import { createImport } from '../../api/fn/imports/create-import';
import { downloadImportReport } from '../../api/fn/imports/download-import-report';
import { getImport } from '../../api/fn/imports/get-import';
import { listImportIssues } from '../../api/fn/imports/list-import-issues';
import { listImports } from '../../api/fn/imports/list-imports';
import type { ImportDto, ImportIssuePageDto, ImportPageDto } from '../../api/models';

/** Facts a person may give with an OHCHR matrix that does not state them. */
export interface ImportFacts {
  readonly stateUnderReview?: string;
  readonly session?: number;
}

/** How many report lines one request brings. */
const REPORT_PAGE_SIZE = 100;

/** Imports through the generated API client. Specs replace the HTTP backend. */
@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly api = inject(Api);

  upload(file: File, facts: ImportFacts): Observable<ImportDto> {
    return this.api.invoke(createImport, { body: { file, ...facts } });
  }

  list(): Observable<ImportPageDto> {
    return this.api.invoke(listImports, { limit: 20 });
  }

  get(id: number): Observable<ImportDto> {
    return this.api.invoke(getImport, { id });
  }

  issues(id: number, cursor: string | null): Observable<ImportIssuePageDto> {
    return this.api.invoke(listImportIssues, { id, limit: REPORT_PAGE_SIZE, ...(cursor === null ? {} : { cursor }) });
  }
}

/** The row report of an import as a CSV file, for a download link. */
export function reportHref(id: number): string {
  return downloadImportReport.PATH.replace('{id}', String(id));
}
