import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { RecommendationResponseEntity } from '../modules/recommendations/recommendation-response.entity';
import { RecommendationEntity } from '../modules/recommendations/recommendation.entity';
import { AffectedPersonEntity } from '../modules/reference/entities/affected-person.entity';
import { BodyEntity } from '../modules/reference/entities/body.entity';
import { SdgEntity } from '../modules/reference/entities/sdg.entity';
import { ThemeEntity } from '../modules/reference/entities/theme.entity';
import { RecommendationStakeholderEntity } from '../modules/stakeholders/recommendation-stakeholder.entity';
import { StakeholderEntity } from '../modules/stakeholders/stakeholder.entity';
import { StateEntity } from '../modules/states/state.entity';

/** Every entity of the schema; migrations must match them exactly (checked by the schema-drift test). */
export const ENTITIES = [
  StateEntity,
  BodyEntity,
  ThemeEntity,
  AffectedPersonEntity,
  SdgEntity,
  RecommendationEntity,
  RecommendationResponseEntity,
  StakeholderEntity,
  RecommendationStakeholderEntity,
  AuditLogEntity,
];
