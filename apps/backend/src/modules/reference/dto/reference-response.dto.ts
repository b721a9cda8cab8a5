import { ApiProperty } from '@nestjs/swagger';

export class VocabularyEntryDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class BodyRefDto {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty() mechanism!: string;
  @ApiProperty({ type: String, nullable: true }) treaty!: string | null;
}

export class SdgRefDto {
  @ApiProperty({ example: '5.2' }) code!: string;
  @ApiProperty({ type: 'integer' }) goal!: number;
  @ApiProperty({ enum: ['goal', 'target'] }) kind!: 'goal' | 'target';
  @ApiProperty() title!: string;
}

export class CycleRefDto {
  @ApiProperty({ type: 'integer' }) cycle!: number;
  @ApiProperty({ type: 'integer' }) firstSession!: number;
  @ApiProperty({ type: 'integer' }) lastSession!: number;
  @ApiProperty() label!: string;
}

/** The vocabularies behind every filter and form. */
export class ReferenceDto {
  @ApiProperty({ type: [VocabularyEntryDto] }) mechanisms!: VocabularyEntryDto[];
  @ApiProperty({ type: [BodyRefDto] }) bodies!: BodyRefDto[];
  @ApiProperty({ type: [CycleRefDto] }) cycles!: CycleRefDto[];
  @ApiProperty({ type: [VocabularyEntryDto] }) responses!: VocabularyEntryDto[];
  @ApiProperty({ type: [VocabularyEntryDto] }) statuses!: VocabularyEntryDto[];
  @ApiProperty({ type: [VocabularyEntryDto] }) themes!: VocabularyEntryDto[];
  @ApiProperty({ type: [VocabularyEntryDto] }) affectedPersons!: VocabularyEntryDto[];
  @ApiProperty({ type: [SdgRefDto] }) sdgs!: SdgRefDto[];
  @ApiProperty({ type: [VocabularyEntryDto] }) stakeholderKinds!: VocabularyEntryDto[];
}
