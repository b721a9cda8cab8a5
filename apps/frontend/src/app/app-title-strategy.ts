import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, type RouterStateSnapshot } from '@angular/router';

export const PRODUCT_NAME = $localize`:Name of the product@@product.name:Recommendation Follow-up Tracker`;

/** "Recommendations – Recommendation Follow-up Tracker": each page title names the page first. */
@Injectable({ providedIn: 'root' })
export class AppTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const page = this.buildTitle(snapshot);
    this.title.setTitle(
      page
        ? $localize`:Browser title, made of the page name and the product name@@title.withProduct:${page}:page: – ${PRODUCT_NAME}:product:`
        : PRODUCT_NAME,
    );
  }
}
