import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { WorklistItemDto } from '../../../api/models';
import { STAKEHOLDER_ROLE_LABELS, STATUS_LABELS } from '../../recommendations/recommendation-labels';
import { DEADLINE_LABELS, recommendationReference } from '../follow-up-labels';

/** A worklist: recommendations with the stakeholder's role, status and next deadline (presentational). */
@Component({
  selector: 'app-worklist-table',
  imports: [DatePipe, RouterLink],
  template: `
    <div class="table-scroll" role="region" [attr.aria-label]="label()" tabindex="0">
      <table class="data-table">
        <thead>
          <tr>
            <th scope="col" i18n="@@worklist.recommendation">Recommendation</th>
            <th scope="col" i18n="@@worklist.state">State</th>
            <th scope="col" i18n="@@worklist.role">Role</th>
            <th scope="col" i18n="@@worklist.status">Status</th>
            <th scope="col" i18n="@@worklist.next">Next deadline</th>
          </tr>
        </thead>
        <tbody>
          @for (item of items(); track item.recommendationId + item.role + item.stakeholderId) {
            <tr>
              <td><a [routerLink]="['/recommendations', item.recommendationId]">{{ reference(item) }}</a> — <span [attr.lang]="item.language" dir="auto">{{ item.text }}</span></td>
              <td>{{ item.stateName }}</td>
              <td>{{ roleLabels[item.role] }}</td>
              <td><span class="badge" [attr.data-status]="item.status">{{ statusLabels[item.status] }}</span></td>
              <td>
                @if (item.nextDeadline && item.nextDueOn) {
                  {{ deadlineLabels[item.nextDeadline] }}, <time [attr.datetime]="item.nextDueOn">{{ item.nextDueOn | date: 'mediumDate' }}</time>
                  @if (item.overdue) { <span class="overdue-days" i18n="@@worklist.overdue">— overdue by {{ item.daysLate }} days</span> }
                } @else {
                  <span class="muted" i18n="@@worklist.noDeadline">None</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styleUrl: '../follow-up.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorklistTable {
  readonly items = input.required<readonly WorklistItemDto[]>();
  /** Accessible name of the scrollable region. */
  readonly label = input.required<string>();

  protected readonly roleLabels = STAKEHOLDER_ROLE_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly deadlineLabels = DEADLINE_LABELS;
  protected readonly reference = recommendationReference;
}
