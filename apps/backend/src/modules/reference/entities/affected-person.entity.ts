import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'affected_person' })
export class AffectedPersonEntity {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;
}
