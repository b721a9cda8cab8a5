import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { StakeholderKind } from '@tracker/domain';
import { StateEntity } from '../states/state.entity';

/** An organisation taking part in follow-up: a ministry, parliament, NHRI, NGO, UN entity, … */
@Entity({ name: 'stakeholder' })
@Check('CHK_stakeholder_kind', "\"kind\" IN ('government_institution', 'parliament', 'judiciary', 'nhri', 'ngo', 'un_entity', 'regional_organisation', 'donor', 'academia', 'business', 'trade_union')")
export class StakeholderEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  acronym!: string | null;

  @Column({ type: 'varchar', length: 32 })
  kind!: StakeholderKind;

  /** The State an organisation belongs to; null for international ones. */
  @Column({ name: 'state_iso3', type: 'char', length: 3, nullable: true })
  stateIso3!: string | null;

  @ManyToOne(() => StateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_iso3', foreignKeyConstraintName: 'FK_stakeholder_state' })
  state?: StateEntity;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
