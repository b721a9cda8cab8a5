import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

const toInt = ({ value }: { value: unknown }): unknown => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

/** The text fields of the multipart form of POST /imports: facts for documents that may not state them. */
export class ImportCreateDto {
  @ApiPropertyOptional({ description: 'State under review (name or ISO alpha-3), for an OHCHR matrix that does not name it.', example: 'Slovenia' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Matches(/\S/, { message: 'must not be blank' })
  stateUnderReview?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 54, description: 'UPR Working Group session, for an OHCHR matrix that does not give it.' })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(54)
  session?: number;
}

export class ImportListQueryDto {
  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page\'s nextCursor.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

/** The whole multipart form, as documented: the file part and the text fields. */
export class ImportUploadDto extends ImportCreateDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'A UPR Info export (.csv, .xls), an OHCHR matrix (.docx) or a UHRI export (.csv, .xlsx).' })
  file!: Blob;
}
