import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'theme' })
export class ThemeEntity {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;
}
