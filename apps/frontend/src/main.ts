import { getLocaleDirection } from '@angular/common';
import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

// Each language is its own build (Angular i18n); Arabic reads right to left.
document.documentElement.dir = getLocaleDirection($localize.locale ?? 'en');

bootstrapApplication(App, appConfig).catch((error: unknown) => console.error(error));
