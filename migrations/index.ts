import type { MixedList } from 'typeorm';
import { CreateRegistry1795966594683 } from './1795966594683-CreateRegistry';

/** Applied in this order; each file is reviewed code (see docs/adr/0002-migrations-as-code.md). */
export const MIGRATIONS: MixedList<string | (new () => object)> = [CreateRegistry1795966594683];
