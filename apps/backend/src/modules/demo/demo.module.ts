import { Module } from '@nestjs/common';
import { DemoController } from './demo.controller';
import { DemoService } from './demo.service';

/** The demo dataset of the first run: load and remove (the dashboard module must be registered: its cache is cleared). */
@Module({ controllers: [DemoController], providers: [DemoService] })
export class DemoModule {}
