import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

export const SUBSCRIPTION_KINDS = ['state', 'theme'] as const;
export type SubscriptionKind = (typeof SUBSCRIPTION_KINDS)[number];

/**
 * A person follows a State (ISO alpha-3) or a theme (code). Shared by every feature that notifies
 * followers: the overdue digest, and non-cooperation flags. Unfollowing archives the row.
 */
@Entity({ name: 'subscription' })
@Index('UQ_subscription_user_target', ['userId', 'kind', 'target'], { unique: true, where: '"archived_at" IS NULL' })
@Index('IDX_subscription_target', ['kind', 'target'])
@Check('CHK_subscription_kind', "\"kind\" IN ('state', 'theme')")
export class SubscriptionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_subscription_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: SubscriptionKind;

  /** ISO alpha-3 of the State, or the theme code. */
  @Column({ type: 'text' })
  target!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}

/** An overdue item already reported to a subscription: the digest sends only newly overdue ones, once. */
@Entity({ name: 'subscription_overdue_notice' })
@Index('UQ_subscription_overdue_notice', ['subscriptionId', 'recommendationId', 'deadlineKind', 'dueOn'], { unique: true })
export class SubscriptionOverdueNoticeEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'subscription_id', type: 'integer' })
  subscriptionId!: number;

  @ManyToOne(() => SubscriptionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subscription_id', foreignKeyConstraintName: 'FK_subscription_overdue_notice_subscription' })
  subscription?: SubscriptionEntity;

  @Column({ name: 'recommendation_id', type: 'integer' })
  recommendationId!: number;

  @Column({ name: 'deadline_kind', type: 'varchar', length: 32 })
  deadlineKind!: string;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'notification_id', type: 'integer' })
  notificationId!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
