import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A Sustainable Development Goal ("5") or one of its targets ("5.2"). */
@Entity({ name: 'sdg' })
export class SdgEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code!: string;

  @Column({ type: 'smallint' })
  goal!: number;

  @Column({ type: 'varchar', length: 8 })
  kind!: 'goal' | 'target';

  @Column({ type: 'text' })
  title!: string;
}
