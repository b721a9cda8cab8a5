import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A body that issues recommendations: UPR, a treaty body, special procedures, or another source. */
@Entity({ name: 'body' })
export class BodyEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 32 })
  mechanism!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  treaty!: string | null;
}
