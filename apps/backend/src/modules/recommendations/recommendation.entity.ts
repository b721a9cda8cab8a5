import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { ImplementationStatus, MechanismKind, ResponseCode } from '@tracker/domain';
import { StateEntity } from '../states/state.entity';
import { BodyEntity } from '../reference/entities/body.entity';
import { ThemeEntity } from '../reference/entities/theme.entity';
import { AffectedPersonEntity } from '../reference/entities/affected-person.entity';
import { SdgEntity } from '../reference/entities/sdg.entity';
import { RecommendationResponseEntity } from './recommendation-response.entity';

/**
 * Full-text search vector, stemmed in the language the text was recorded in.
 * Kept as a stored generated column so the GIN index serves every search.
 */
export const SEARCH_VECTOR_EXPRESSION =
  "to_tsvector(CASE \"language\" WHEN 'fr' THEN 'french'::regconfig WHEN 'es' THEN 'spanish'::regconfig WHEN 'ru' THEN 'russian'::regconfig WHEN 'ar' THEN 'arabic'::regconfig WHEN 'zh' THEN 'simple'::regconfig ELSE 'english'::regconfig END, \"text\")";

@Entity({ name: 'recommendation' })
@Unique('UQ_recommendation_source_external_id', ['source', 'externalId'])
@Check('CHK_recommendation_cycle', '"cycle" IS NULL OR "cycle" BETWEEN 1 AND 4')
@Check('CHK_recommendation_action_category', '"action_category" IS NULL OR "action_category" BETWEEN 1 AND 5')
@Index('IDX_recommendation_state_session', ['stateIso3', 'session'])
@Index('IDX_recommendation_group_key', ['groupKey'])
/** Imported records without an official id are keyed by their grouping key: one record per source, body and key. */
@Index('UQ_recommendation_import_group_key', ['source', 'bodyCode', 'groupKey'], {
  unique: true,
  where: "\"external_id\" IS NULL AND \"source\" <> 'manual'",
})
@Index('IDX_recommendation_body', ['bodyCode'])
@Index('IDX_recommendation_filters', ['currentResponse', 'currentStatus'])
export class RecommendationEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  mechanism!: MechanismKind;

  @Column({ name: 'body_code', type: 'varchar', length: 16 })
  bodyCode!: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_code', foreignKeyConstraintName: 'FK_recommendation_body' })
  body?: BodyEntity;

  @Column({ name: 'state_iso3', type: 'char', length: 3 })
  stateIso3!: string;

  @ManyToOne(() => StateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3', foreignKeyConstraintName: 'FK_recommendation_state' })
  state?: StateEntity;

  @Column({ type: 'smallint', nullable: true })
  cycle!: number | null;

  @Column({ type: 'smallint', nullable: true })
  session!: number | null;

  @Column({ name: 'document_symbol', type: 'text', nullable: true })
  documentSymbol!: string | null;

  @Column({ type: 'text', nullable: true })
  paragraph!: string | null;

  @Column({ type: 'text' })
  text!: string;

  /** BCP 47 primary language tag of the text as recorded (texts are never translated). */
  @Column({ type: 'varchar', length: 8, default: 'en' })
  language!: string;

  @Column({ name: 'issued_on', type: 'date', nullable: true })
  issuedOn!: string | null;

  @Column({ name: 'action_category', type: 'smallint', nullable: true })
  actionCategory!: number | null;

  /** Where the record came from: manual entry or an importer. */
  @Column({ type: 'varchar', length: 32, default: 'manual' })
  source!: string;

  /** Stable id in the source (UHRI annotation id, symbol + paragraph) so re-imports cannot duplicate. */
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;

  /** State under review + session + collapsed, lower-cased text: merges joint recommendations. */
  @Column({ name: 'group_key', type: 'text' })
  groupKey!: string;

  /** Latest entry of the response history (kept in step by the service, in the same transaction). */
  @Column({ name: 'current_response', type: 'varchar', length: 32, default: 'no_response' })
  currentResponse!: ResponseCode;

  @Column({ name: 'current_status', type: 'varchar', length: 32, default: 'no_information' })
  currentStatus!: ImplementationStatus;

  @Column({ name: 'repeats_recommendation_id', type: 'integer', nullable: true })
  repeatsRecommendationId!: number | null;

  @ManyToOne(() => RecommendationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'repeats_recommendation_id', foreignKeyConstraintName: 'FK_recommendation_repeats' })
  repeats?: RecommendationEntity;

  @Index('IDX_recommendation_search', { synchronize: false })
  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: SEARCH_VECTOR_EXPRESSION,
    select: false,
    insert: false,
    update: false,
  })
  search?: string;

  @ManyToMany(() => StateEntity)
  @JoinTable({
    name: 'recommendation_recommending_state',
    joinColumn: { name: 'recommendation_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_rrs_recommendation' },
    inverseJoinColumn: { name: 'state_iso3', referencedColumnName: 'iso3', foreignKeyConstraintName: 'FK_rrs_state' },
  })
  recommendingStates?: StateEntity[];

  @ManyToMany(() => ThemeEntity)
  @JoinTable({
    name: 'recommendation_theme',
    joinColumn: { name: 'recommendation_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_rt_recommendation' },
    inverseJoinColumn: { name: 'theme_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_rt_theme' },
  })
  themes?: ThemeEntity[];

  @ManyToMany(() => AffectedPersonEntity)
  @JoinTable({
    name: 'recommendation_affected_person',
    joinColumn: { name: 'recommendation_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_rap_recommendation' },
    inverseJoinColumn: { name: 'affected_person_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_rap_affected_person' },
  })
  affectedPersons?: AffectedPersonEntity[];

  @ManyToMany(() => SdgEntity)
  @JoinTable({
    name: 'recommendation_sdg',
    joinColumn: { name: 'recommendation_id', referencedColumnName: 'id', foreignKeyConstraintName: 'FK_rsdg_recommendation' },
    inverseJoinColumn: { name: 'sdg_code', referencedColumnName: 'code', foreignKeyConstraintName: 'FK_rsdg_sdg' },
  })
  sdgs?: SdgEntity[];

  @OneToMany(() => RecommendationResponseEntity, (r) => r.recommendation)
  responses?: RecommendationResponseEntity[];

  @VersionColumn({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
