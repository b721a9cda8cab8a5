import {
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZoneChangeDetection,
  type ApplicationConfig,
} from '@angular/core';
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { provideAnimationsAsync } from '@angular/platform-browser/animations/async';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { AppTitleStrategy } from './app-title-strategy';
import { routes } from './app.routes';
import { AuthStore } from './features/access/auth.store';
import { csrfInterceptor } from './features/access/csrf.interceptor';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZoneChangeDetection({ eventCoalescing: true }),
    provideRouter(routes, withComponentInputBinding()),
    { provide: TitleStrategy, useExisting: AppTitleStrategy },
    provideHttpClient(withFetch(), withInterceptors([csrfInterceptor])),
    // Who is signed in: asked once at start, without holding the first page back.
    provideAppInitializer(() => void inject(AuthStore).refresh().subscribe()),
    // ngx-charts (chart pages, lazy-loaded) still relies on @angular/animations.
    provideAnimationsAsync(),
  ],
};
