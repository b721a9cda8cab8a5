import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-not-found',
  imports: [RouterLink],
  template: `
    <h1 i18n="@@notFound.heading">Page not found</h1>
    <p i18n="@@notFound.text">There is no page at this address. Check the link, or go to the <a routerLink="/recommendations">list of recommendations</a>.</p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPage {}
