import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/user.entity';
import { AssistanceRequestEntity } from './assistance-request.entity';

/**
 * A document of an assistance request: a file kept privately under DATA_DIR (its key, size, type and
 * SHA-256 here), or a link. Archived, never deleted; an archived file stays on disk.
 */
@Entity({ name: 'assistance_document' })
@Index('IDX_assistance_document_request', ['requestId'])
@Check('CHK_assistance_document_kind', `"kind" IN ('file', 'link')`)
@Check(
  'CHK_assistance_document_shape',
  `("kind" = 'link' AND "url" IS NOT NULL AND "storage_key" IS NULL) OR ("kind" = 'file' AND "url" IS NULL AND "storage_key" IS NOT NULL AND "sha256" IS NOT NULL AND "size_bytes" > 0 AND "media_type" IS NOT NULL AND "file_name" IS NOT NULL)`,
)
export class AssistanceDocumentEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'request_id', type: 'integer' })
  requestId!: number;

  @ManyToOne(() => AssistanceRequestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'FK_assistance_document_request' })
  request?: AssistanceRequestEntity;

  @Column({ type: 'varchar', length: 8 })
  kind!: 'file' | 'link';

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  /** Path of the file under the documents folder; never sent to clients. */
  @Column({ name: 'storage_key', type: 'text', nullable: true })
  storageKey!: string | null;

  @Column({ name: 'file_name', type: 'text', nullable: true })
  fileName!: string | null;

  @Column({ name: 'media_type', type: 'varchar', length: 128, nullable: true })
  mediaType!: string | null;

  @Column({ name: 'size_bytes', type: 'integer', nullable: true })
  sizeBytes!: number | null;

  /** Hex SHA-256 of the stored bytes. */
  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'FK_assistance_document_uploaded_by' })
  uploader?: UserEntity;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt!: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
