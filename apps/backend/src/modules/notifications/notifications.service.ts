import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor, UserActor } from '@tracker/domain';
import { enforce } from '../../common/access';
import { badRequest } from '../../common/validation';
import { AuditService } from '../audit/audit.service';
import type { NotificationDto, NotificationItemDto, NotificationPageDto, NotificationQueryDto, SubscriptionCreateDto, SubscriptionDto } from './dto/notification.dto';

interface NotificationRow {
  id: number;
  kind: string;
  title: string;
  body: string;
  payload: { items?: NotificationItemDto[] };
  created_at: Date;
  read_at: Date | null;
  emailed_at: Date | null;
}

function signedInUser(actor: Actor): UserActor {
  if (actor.kind === 'anonymous') enforce('unauthenticated', 'Not found');
  return actor as UserActor;
}

/** Following States and themes, and one's notifications. Everyone signed in manages only their own. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async subscriptions(actor: Actor): Promise<SubscriptionDto[]> {
    const user = signedInUser(actor);
    return this.list(this.dataSource.manager, user.userId, null);
  }

  async subscribe(actor: Actor, dto: SubscriptionCreateDto): Promise<SubscriptionDto> {
    const user = signedInUser(actor);
    return this.dataSource.transaction(async (manager) => {
      const target = dto.kind === 'state' ? dto.target.toUpperCase() : dto.target;
      const known: unknown[] =
        dto.kind === 'state'
          ? await manager.query(`SELECT 1 FROM state WHERE iso3 = $1`, [target])
          : await manager.query(`SELECT 1 FROM theme WHERE code = $1`, [target]);
      if (known.length === 0) throw badRequest([{ field: 'target', reason: `unknown ${dto.kind === 'state' ? 'State' : 'theme'} code: ${dto.target}` }]);
      const inserted: { id: number }[] = await manager.query(
        `INSERT INTO subscription (user_id, kind, target) VALUES ($1, $2, $3) ON CONFLICT (user_id, kind, target) WHERE archived_at IS NULL DO NOTHING RETURNING id`,
        [user.userId, dto.kind, target],
      );
      const id = inserted[0]?.id;
      if (id === undefined) throw new ConflictException(`You already follow this ${dto.kind}`);
      await this.audit.record(manager, { action: 'create', entityType: 'subscription', entityId: id, changes: { kind: { before: null, after: dto.kind }, target: { before: null, after: target } } });
      const [created] = await this.list(manager, user.userId, id);
      if (!created) throw new Error(`Subscription ${id} vanished`);
      return created;
    });
  }

  /** Unfollowing archives the subscription (its notices stay on record). */
  async unsubscribe(actor: Actor, id: number): Promise<void> {
    const user = signedInUser(actor);
    await this.dataSource.transaction(async (manager) => {
      const [archived]: [unknown[], number] = await manager.query(`UPDATE subscription SET archived_at = now() WHERE id = $1 AND user_id = $2 AND archived_at IS NULL RETURNING id`, [id, user.userId]);
      if (archived.length === 0) throw new NotFoundException(`Subscription ${id} not found`);
      await this.audit.record(manager, { action: 'archive', entityType: 'subscription', entityId: id, changes: { archived: { before: false, after: true } } });
    });
  }

  async notifications(actor: Actor, query: NotificationQueryDto): Promise<NotificationPageDto> {
    const user = signedInUser(actor);
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT id, kind, title, body, payload, created_at, read_at, emailed_at FROM notification
       WHERE user_id = $1 AND ($2::bool IS NOT TRUE OR read_at IS NULL) ORDER BY created_at DESC, id DESC LIMIT $3`,
      [user.userId, query.unread ?? null, query.limit ?? 20],
    );
    const unread: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`, [user.userId]);
    return { items: rows.map(toDto), unread: unread[0]?.n ?? 0 };
  }

  async markRead(actor: Actor, id: number): Promise<NotificationDto> {
    const user = signedInUser(actor);
    return this.dataSource.transaction(async (manager) => {
      // An UPDATE … RETURNING answers [rows, affected count].
      const [rows]: [NotificationRow[], number] = await manager.query(
        `UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2
         RETURNING id, kind, title, body, payload, created_at, read_at, emailed_at`,
        [id, user.userId],
      );
      const row = rows[0];
      if (!row) throw new NotFoundException(`Notification ${id} not found`);
      await this.audit.record(manager, { action: 'update', entityType: 'notification', entityId: id, changes: { read: { before: false, after: true } } });
      return toDto(row);
    });
  }

  private async list(manager: EntityManager, userId: string, id: number | null): Promise<SubscriptionDto[]> {
    const rows: { id: number; kind: SubscriptionDto['kind']; target: string; label: string | null; created_at: Date }[] = await manager.query(
      `SELECT s.id, s.kind, s.target, coalesce(st.name, t.name) AS label, s.created_at FROM subscription s
       LEFT JOIN state st ON s.kind = 'state' AND st.iso3 = s.target LEFT JOIN theme t ON s.kind = 'theme' AND t.code = s.target
       WHERE s.user_id = $1 AND s.archived_at IS NULL AND ($2::int IS NULL OR s.id = $2) ORDER BY s.kind, label`,
      [userId, id],
    );
    return rows.map((r) => ({ id: r.id, kind: r.kind, target: r.target, label: r.label ?? r.target, createdAt: r.created_at.toISOString() }));
  }
}

export function toDto(row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    items: row.payload.items ?? [],
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
    emailedAt: row.emailed_at?.toISOString() ?? null,
  };
}

