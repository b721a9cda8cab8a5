import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Consecutive failed sign-ins per key ("email:…", "ip:…", "totp:<user id>"), shared by every API replica. */
@Entity({ name: 'login_throttle' })
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'integer' })
  failures!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
