import type { MixedList } from 'typeorm';
import { CreateRegistry1795966594683 } from './1795966594683-CreateRegistry';
import { CreateImports1795967691977 } from './1795967691977-CreateImports';
import { CreateAccessControl1795967727051 } from './1795967727051-CreateAccessControl';
import { CreateCooperationRecordsAndFlags1795969613110 } from './1795969613110-CreateCooperationRecordsAndFlags';
import { CreateStatusEvents1795969744215 } from './1795969744215-CreateStatusEvents';
import { CreateAssistanceRequests1795971202833 } from './1795971202833-CreateAssistanceRequests';
import { CreateFollowUp1795972400000 } from './1795972400000-CreateFollowUp';
import { VoidDisbursements1795980000000 } from './1795980000000-VoidDisbursements';

/** Applied in this order; each file is reviewed code (see docs/adr/0002-migrations-as-code.md). */
export const MIGRATIONS: MixedList<string | (new () => object)> = [CreateRegistry1795966594683, CreateImports1795967691977, CreateAccessControl1795967727051, CreateCooperationRecordsAndFlags1795969613110, CreateStatusEvents1795969744215, CreateAssistanceRequests1795971202833, CreateFollowUp1795972400000, VoidDisbursements1795980000000];
