import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';
import { ROLE_LABELS } from '../access-labels';
import { AuthStore } from '../auth.store';

/**
 * The account part of the header: "Sign in" for the public; for a signed-in person their name and
 * role, their own pages, the pages their role allows (what they cannot do is not offered), and
 * "Sign out".
 */
@Component({
  selector: 'app-account-menu',
  imports: [RouterLink, RouterLinkActive],
  template: `
    <nav class="account-nav" aria-label="Account" i18n-aria-label="Name of the account navigation landmark@@account.nav.label">
      <ul class="account-nav__list">
        @if (user(); as u) {
          @if (canManageUsers()) {
            <li><a routerLink="/admin/users" routerLinkActive="account-nav__link--active" ariaCurrentWhenActive="page" i18n="@@account.users">Users</a></li>
          }
          <li><a routerLink="/account/sessions" routerLinkActive="account-nav__link--active" ariaCurrentWhenActive="page" i18n="@@account.sessions">My sessions</a></li>
          <li><a routerLink="/account/second-factor" routerLinkActive="account-nav__link--active" ariaCurrentWhenActive="page" i18n="@@account.secondFactor">Two-factor sign-in</a></li>
          <li class="account-nav__who">
            <span>{{ u.displayName }}</span> <span>({{ roleLabel() }})</span>
          </li>
          <li><button type="button" class="link-button" (click)="logout()" i18n="@@account.signOut">Sign out</button></li>
        } @else {
          <li><a routerLink="/login" i18n="@@account.signIn">Sign in</a></li>
        }
      </ul>
    </nav>
  `,
  styles: `
    .account-nav__list {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .account-nav a,
    .account-nav .link-button {
      color: inherit;
    }
    .account-nav__link--active {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountMenu {
  private readonly store = inject(AuthStore);
  private readonly router = inject(Router);

  protected readonly user = computed(() => (this.store.signedIn() ? this.store.user() : null));
  protected readonly roleLabel = computed(() => {
    const user = this.user();
    return user ? ROLE_LABELS[user.role] : '';
  });
  protected readonly canManageUsers = computed(() => this.store.signedIn() && this.store.can('users:manage'));

  protected logout(): void {
    this.store.logout().subscribe(() => void this.router.navigateByUrl('/'));
  }
}
