import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { catchError, of, switchMap } from 'rxjs';
import type { WorklistDto } from '../../../api/models';
import { FollowUpApi } from '../follow-up.api';
import { WorklistTable } from './worklist-table';

/** The signed-in person's worklist: its organisation's (monitors) or institutions' (focal points) recommendations. */
@Component({
  selector: 'app-worklist-page',
  imports: [FormsModule, RouterLink, WorklistTable],
  template: `
    <h1 i18n="@@myWorklist.heading">My worklist</h1>
    <p class="field--inline">
      <input id="worklist-overdue" type="checkbox" name="overdueOnly" [ngModel]="overdueOnly()" (ngModelChange)="overdueOnly.set($event)" />
      <label for="worklist-overdue" i18n="@@myWorklist.overdueOnly">Only overdue ones</label>
    </p>
    @if (worklist(); as w) {
      @if (w.stakeholderIds.length === 0) {
        <p i18n="@@myWorklist.noStakeholder">Your account is not bound to an organisation or institution, so no recommendation is assigned to you.</p>
      } @else {
        <p>
          @for (id of w.stakeholderIds; track id) {
            <a [routerLink]="['/stakeholders', id]" i18n="@@myWorklist.stakeholderLink">Page of the stakeholder {{ id }}</a>
          }
        </p>
        <p role="status" i18n="@@myWorklist.count">{w.total, plural, =0 {No recommendation is assigned to you} =1 {1 recommendation} other {{{ w.total }} recommendations}}</p>
        @if (w.items.length > 0) {
          <app-worklist-table [items]="w.items" [label]="label" />
        }
      }
    } @else {
      <p role="status" i18n="@@myWorklist.loading">Loading…</p>
    }
  `,
  styleUrl: '../follow-up.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorklistPage {
  private readonly api = inject(FollowUpApi);

  protected readonly label = $localize`:@@myWorklist.label:My worklist`;
  protected readonly overdueOnly = signal(false);
  protected readonly worklist = toSignal(
    toObservable(this.overdueOnly).pipe(switchMap((overdueOnly) => this.api.myWorklist(overdueOnly).pipe(catchError(() => of<WorklistDto | null>(null))))),
    { initialValue: null },
  );
}
