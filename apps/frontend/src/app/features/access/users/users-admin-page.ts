import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { catchError, of } from 'rxjs';
import type { InvitationCreatedDto, InvitationDto, Role, UserDto } from '../../../api/models';
import { AccessApi } from '../access.api';
import { AuthStore } from '../auth.store';
import { ROLE_LABELS } from '../access-labels';
import { fieldErrors, problemMessage } from '../http-problem';

const ROLES: readonly Role[] = ['administrator', 'ohchr_officer', 'state_focal_point', 'ngo_monitor'];
const MONITOR_KINDS = new Set(['ngo', 'nhri', 'academia', 'trade_union']);

interface ScopeForm {
  role: Role;
  stateIso3: string;
  organisationId: string;
}

function scopeBody(form: ScopeForm): { role: Role; stateIso3: string | null; organisationId: number | null } {
  return {
    role: form.role,
    stateIso3: form.role === 'state_focal_point' && form.stateIso3 !== '' ? form.stateIso3 : null,
    organisationId: form.role === 'ngo_monitor' && form.organisationId !== '' ? Number(form.organisationId) : null,
  };
}

/** Administrators: accounts (role, scope, active) and invitations. */
@Component({
  selector: 'app-users-admin-page',
  imports: [DatePipe, FormsModule],
  template: `
    <h1 i18n="@@users.heading">Users and invitations</h1>
    <div aria-live="polite">
      @if (message(); as m) {
        <p role="status">{{ m }}</p>
      }
      @if (error(); as e) {
        <div class="notice notice--error" role="alert"><p>{{ e }}</p></div>
      }
    </div>

    <section aria-labelledby="invite-heading">
      <h2 id="invite-heading" i18n="@@users.invite.heading">Invite a person</h2>
      <form class="form" (ngSubmit)="invite()">
        <p class="field">
          <label for="invite-email" i18n="@@users.invite.email">E-mail address</label>
          <input id="invite-email" name="email" type="email" required [(ngModel)]="inviteEmail" [attr.aria-invalid]="inviteErrors()['email'] ? true : null" aria-describedby="invite-email-error" />
          @if (inviteErrors()['email']; as reason) { <span id="invite-email-error" class="field__error">{{ reason }}</span> }
        </p>
        <p class="field">
          <label for="invite-role" i18n="@@users.role">Role</label>
          <select id="invite-role" name="role" [(ngModel)]="inviteScope.role">
            @for (role of roles; track role) { <option [value]="role">{{ roleLabels[role] }}</option> }
          </select>
        </p>
        @if (inviteScope.role === 'state_focal_point') {
          <p class="field">
            <label for="invite-state" i18n="@@users.state">State</label>
            <select id="invite-state" name="state" [(ngModel)]="inviteScope.stateIso3" [attr.aria-invalid]="inviteErrors()['stateIso3'] ? true : null" aria-describedby="invite-state-error">
              <option value="" i18n="@@users.choose">Choose…</option>
              @for (s of states(); track s.iso3) { <option [value]="s.iso3">{{ s.name }}</option> }
            </select>
            @if (inviteErrors()['stateIso3']; as reason) { <span id="invite-state-error" class="field__error">{{ reason }}</span> }
          </p>
        }
        @if (inviteScope.role === 'ngo_monitor') {
          <p class="field">
            <label for="invite-organisation" i18n="@@users.organisation">Organisation</label>
            <select id="invite-organisation" name="organisation" [(ngModel)]="inviteScope.organisationId" [attr.aria-invalid]="inviteErrors()['organisationId'] ? true : null" aria-describedby="invite-organisation-error">
              <option value="" i18n="@@users.choose">Choose…</option>
              @for (o of organisations(); track o.id) { <option [value]="o.id">{{ o.name }}</option> }
            </select>
            @if (inviteErrors()['organisationId']; as reason) { <span id="invite-organisation-error" class="field__error">{{ reason }}</span> }
          </p>
        }
        <button type="submit" class="button button--primary" i18n="@@users.invite.submit">Send invitation</button>
      </form>
      @if (created(); as c) {
        <div class="notice" role="status">
          <p i18n="@@users.invite.created">Invitation created for {{ c.email }}. No e-mail server is configured: send this link to the person yourself (it is shown only now):</p>
          <p class="secret">{{ c.acceptUrl }}</p>
        </div>
      }
    </section>

    <section aria-labelledby="open-invitations-heading">
      <h2 id="open-invitations-heading" i18n="@@users.invitations.heading">Open invitations</h2>
      @if (invitations().length === 0) {
        <p class="muted" i18n="@@users.invitations.none">No open invitation.</p>
      } @else {
        <ul>
          @for (i of invitations(); track i.id) {
            <li>
              {{ i.email }} — {{ roleLabels[i.role] }} —
              <span i18n="@@users.invitations.expires">expires {{ i.expiresAt | date: 'medium' }}</span>
              <button type="button" class="link-button" (click)="revokeInvitation(i)" i18n="@@users.invitations.revoke">Withdraw</button>
            </li>
          }
        </ul>
      }
    </section>

    <section aria-labelledby="accounts-heading">
      <h2 id="accounts-heading" i18n="@@users.accounts.heading">Accounts</h2>
      <div class="table-scroll" role="region" aria-labelledby="accounts-heading" tabindex="0">
        <table class="data-table">
          <thead>
            <tr>
              <th scope="col" i18n="@@users.name">Name</th>
              <th scope="col" i18n="@@users.email">E-mail address</th>
              <th scope="col" i18n="@@users.role">Role</th>
              <th scope="col" i18n="@@users.scope">State or organisation</th>
              <th scope="col" i18n="@@users.secondFactor">Two-factor</th>
              <th scope="col" i18n="@@users.status">Status</th>
              <th scope="col"><span class="visually-hidden" i18n="@@users.actions">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            @for (u of users(); track u.id) {
              <tr>
                <td>{{ u.displayName }}</td>
                <td>{{ u.email }}</td>
                <td>
                  @if (editing() === u.id) {
                    <label class="visually-hidden" [for]="'role-' + u.id" i18n="@@users.role">Role</label>
                    <select [id]="'role-' + u.id" name="editRole" [(ngModel)]="editScope.role">
                      @for (role of roles; track role) { <option [value]="role">{{ roleLabels[role] }}</option> }
                    </select>
                  } @else {
                    {{ roleLabels[u.role] }}
                  }
                </td>
                <td>
                  @if (editing() === u.id) {
                    @if (editScope.role === 'state_focal_point') {
                      <label class="visually-hidden" [for]="'state-' + u.id" i18n="@@users.state">State</label>
                      <select [id]="'state-' + u.id" name="editState" [(ngModel)]="editScope.stateIso3">
                        @for (s of states(); track s.iso3) { <option [value]="s.iso3">{{ s.name }}</option> }
                      </select>
                    }
                    @if (editScope.role === 'ngo_monitor') {
                      <label class="visually-hidden" [for]="'org-' + u.id" i18n="@@users.organisation">Organisation</label>
                      <select [id]="'org-' + u.id" name="editOrganisation" [(ngModel)]="editScope.organisationId">
                        @for (o of organisations(); track o.id) { <option [value]="o.id">{{ o.name }}</option> }
                      </select>
                    }
                  } @else {
                    {{ scopeLabel(u) }}
                  }
                </td>
                <td>{{ u.secondFactorEnabled ? yes : no }}</td>
                <td>{{ u.active ? active : deactivated }}</td>
                <td class="actions">
                  @if (editing() === u.id) {
                    <button type="button" class="button button--primary" (click)="save(u)" i18n="@@users.save">Save</button>
                    <button type="button" class="button" (click)="editing.set(null)" i18n="@@users.cancel">Cancel</button>
                  } @else if (resetting() === u.id) {
                    <form class="reset-form" (ngSubmit)="confirmReset(u)">
                      <label [for]="'reset-reason-' + u.id" i18n="@@users.reset.reason">Why reset the second factor of {{ u.displayName }}?</label>
                      <textarea
                        [id]="'reset-reason-' + u.id"
                        name="resetReason"
                        rows="2"
                        required
                        [(ngModel)]="resetReason"
                        [attr.aria-invalid]="resetErrors()['reason'] ? true : null"
                        [attr.aria-describedby]="'reset-hint-' + u.id + (resetErrors()['reason'] ? ' reset-error-' + u.id : '')"
                      ></textarea>
                      <span class="hint" [id]="'reset-hint-' + u.id" i18n="@@users.reset.hint">Confirm who is asking first. Their sessions end; they set up a new authenticator app at their next sign-in. The reason is kept in the audit log.</span>
                      @if (resetErrors()['reason']; as reason) { <span [id]="'reset-error-' + u.id" class="field__error">{{ reason }}</span> }
                      <span class="actions">
                        <button type="submit" class="button button--primary" i18n="@@users.reset.confirm">Reset the second factor</button>
                        <button type="button" class="button" (click)="resetting.set(null)" i18n="@@users.cancel">Cancel</button>
                      </span>
                    </form>
                  } @else {
                    <button type="button" class="button" (click)="edit(u)" i18n="@@users.edit">Change role</button>
                    <button type="button" class="button" (click)="toggleActive(u)">{{ u.active ? deactivateLabel : reactivateLabel }}</button>
                    @if (u.secondFactorEnabled && u.id !== myId()) {
                      <button type="button" class="button" (click)="startReset(u)" i18n="@@users.reset.start">Reset second factor<span class="visually-hidden"> of {{ u.displayName }}</span></button>
                    }
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
  `,
  styleUrl: '../access-forms.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersAdminPage {
  private readonly api = inject(AccessApi);
  private readonly auth = inject(AuthStore);
  /** One's own second factor is reset by another administrator (the server refuses it too). */
  protected readonly myId = computed(() => this.auth.user()?.id ?? null);

  protected readonly roles = ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly yes = $localize`:@@users.yes:Yes`;
  protected readonly no = $localize`:@@users.no:No`;
  protected readonly active = $localize`:Account status@@users.active:Active`;
  protected readonly deactivated = $localize`:Account status@@users.deactivated:Deactivated`;
  protected readonly deactivateLabel = $localize`:@@users.deactivate:Deactivate`;
  protected readonly reactivateLabel = $localize`:@@users.reactivate:Reactivate`;

  protected readonly users = signal<UserDto[]>([]);
  protected readonly invitations = signal<InvitationDto[]>([]);
  protected readonly states = toSignal(this.api.states().pipe(catchError(() => of([]))), { initialValue: [] });
  private readonly stakeholders = toSignal(this.api.stakeholders().pipe(catchError(() => of([]))), { initialValue: [] });
  protected readonly organisations = computed(() => this.stakeholders().filter((s) => MONITOR_KINDS.has(s.kind)));
  protected readonly created = signal<InvitationCreatedDto | null>(null);
  protected readonly message = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly inviteErrors = signal<Readonly<Record<string, string>>>({});
  protected readonly editing = signal<string | null>(null);
  protected readonly resetting = signal<string | null>(null);
  protected readonly resetErrors = signal<Readonly<Record<string, string>>>({});
  protected resetReason = '';
  protected inviteEmail = '';
  protected inviteScope: ScopeForm = { role: 'ngo_monitor', stateIso3: '', organisationId: '' };
  protected editScope: ScopeForm = { role: 'ngo_monitor', stateIso3: '', organisationId: '' };

  constructor() {
    this.reload();
  }

  protected scopeLabel(user: UserDto): string {
    if (user.stateIso3) return this.states().find((s) => s.iso3 === user.stateIso3)?.name ?? user.stateIso3;
    if (user.organisationId !== null) return this.stakeholders().find((s) => s.id === user.organisationId)?.name ?? String(user.organisationId);
    return '';
  }

  protected invite(): void {
    this.inviteErrors.set({});
    this.error.set(null);
    this.api.invite({ email: this.inviteEmail.trim(), ...scopeBody(this.inviteScope) }).subscribe({
      next: (created) => {
        this.created.set(created);
        this.inviteEmail = '';
        this.reload();
      },
      error: (error: unknown) => {
        this.inviteErrors.set(fieldErrors(error));
        this.error.set(problemMessage(error, $localize`:@@users.invite.error:The invitation could not be created.`));
      },
    });
  }

  protected revokeInvitation(invitation: InvitationDto): void {
    this.api.revokeInvitation(invitation.id).subscribe({
      next: () => {
        this.message.set($localize`:@@users.invitations.revoked:The invitation for ${invitation.email}:email: was withdrawn.`);
        this.reload();
      },
      error: (error: unknown) => this.error.set(problemMessage(error, $localize`:@@users.invitations.revokeError:The invitation could not be withdrawn.`)),
    });
  }

  protected edit(user: UserDto): void {
    this.editScope = { role: user.role, stateIso3: user.stateIso3 ?? '', organisationId: user.organisationId === null ? '' : String(user.organisationId) };
    this.editing.set(user.id);
  }

  protected save(user: UserDto): void {
    this.update(user, { version: user.version, ...scopeBody(this.editScope), institutionIds: [] }, $localize`:@@users.saved:The role of ${user.displayName}:name: was changed; their sessions were ended.`);
  }

  protected toggleActive(user: UserDto): void {
    const scope = { role: user.role, stateIso3: user.stateIso3, organisationId: user.organisationId, institutionIds: user.institutionIds };
    this.update(
      user,
      { version: user.version, ...scope, active: !user.active },
      user.active ? $localize`:@@users.deactivated.message:${user.displayName}:name: was deactivated.` : $localize`:@@users.reactivated.message:${user.displayName}:name: was reactivated.`,
    );
  }

  protected startReset(user: UserDto): void {
    this.editing.set(null);
    this.resetReason = '';
    this.resetErrors.set({});
    this.resetting.set(user.id);
  }

  protected confirmReset(user: UserDto): void {
    this.error.set(null);
    this.resetErrors.set({});
    this.api.resetSecondFactor(user.id, { version: user.version, reason: this.resetReason }).subscribe({
      next: () => {
        this.resetting.set(null);
        this.message.set($localize`:@@users.reset.done:The second factor of ${user.displayName}:name: was reset; their sessions were ended. They will set up a new one at their next sign-in.`);
        this.reload();
      },
      error: (error: unknown) => {
        this.resetErrors.set(fieldErrors(error));
        this.error.set(problemMessage(error, $localize`:@@users.reset.error:The second factor could not be reset.`));
      },
    });
  }

  private update(user: UserDto, body: Parameters<AccessApi['updateUser']>[1], done: string): void {
    this.error.set(null);
    this.api.updateUser(user.id, body).subscribe({
      next: () => {
        this.editing.set(null);
        this.message.set(done);
        this.reload();
      },
      error: (error: unknown) => this.error.set(problemMessage(error, $localize`:@@users.updateError:The account could not be changed.`)),
    });
  }

  private reload(): void {
    this.api.users().subscribe({ next: (users) => this.users.set(users), error: (error: unknown) => this.error.set(problemMessage(error, $localize`:@@users.loadError:The accounts could not be loaded.`)) });
    this.api.invitations().subscribe({ next: (list) => this.invitations.set(list), error: () => this.invitations.set([]) });
  }
}
