import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A State (UN Member or observer State); ISO 3166-1 alpha-3 is the key. */
@Entity({ name: 'state' })
export class StateEntity {
  @PrimaryColumn({ type: 'char', length: 3 })
  iso3!: string;

  @Column({ type: 'char', length: 2, unique: true })
  iso2!: string;

  @Column({ type: 'char', length: 3, unique: true })
  m49!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'un_member', type: 'boolean' })
  unMember!: boolean;

  @Column({ type: 'boolean' })
  observer!: boolean;

  @Column({ name: 'regional_group', type: 'varchar', length: 32, nullable: true })
  regionalGroup!: string | null;

  @Column({ name: 'm49_region', type: 'text' })
  m49Region!: string;

  @Column({ name: 'm49_sub_region', type: 'text' })
  m49SubRegion!: string;

  @Column({ type: 'boolean' })
  ldc!: boolean;

  @Column({ type: 'boolean' })
  lldc!: boolean;

  @Column({ type: 'boolean' })
  sids!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
