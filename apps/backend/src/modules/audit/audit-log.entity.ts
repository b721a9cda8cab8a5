import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Field-level before/after of one change. */
export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * One row per change, written in the same transaction as the change.
 * PostgreSQL refuses UPDATE and DELETE on this table (see the migration's trigger).
 */
@Entity({ name: 'audit_log' })
@Index('IDX_audit_log_entity', ['entityType', 'entityId'])
@Index('IDX_audit_log_occurred_at', ['occurredAt'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  /** Who acted: a user id, an import id or "anonymous" for unauthenticated requests. */
  @Column({ type: 'text' })
  actor!: string;

  @Column({ type: 'varchar', length: 32 })
  action!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 64 })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'text' })
  entityId!: string;

  @Column({ type: 'jsonb' })
  changes!: AuditChanges;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;
}
