import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Shown when a signed-in person opens a page their role does not allow. */
@Component({
  selector: 'app-forbidden-page',
  imports: [RouterLink],
  template: `
    <h1 i18n="@@forbidden.heading">Access refused</h1>
    <p i18n="@@forbidden.text">Your role does not allow this page. If you need it, ask an administrator. Go back to the <a routerLink="/recommendations">list of recommendations</a>.</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForbiddenPage {}
