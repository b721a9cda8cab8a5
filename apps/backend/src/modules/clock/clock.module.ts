import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { ClockSetting } from '../../config/app-config';
import { Clock, clockFor } from './clock';

/** Provides the application's Clock everywhere (see clock.ts). */
@Global()
@Module({})
export class ClockModule {
  static register(setting: ClockSetting): DynamicModule {
    return { module: ClockModule, providers: [{ provide: Clock, useValue: clockFor(setting) }], exports: [Clock] };
  }
}
