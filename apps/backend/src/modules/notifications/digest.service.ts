import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { requirePermission, type Actor } from '@tracker/domain';
import { enforce } from '../../common/access';
import { Clock } from '../clock/clock';
import { AuditService } from '../audit/audit.service';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { OverdueRepository, type OverdueRow } from '../deadlines/overdue.repository';
import { JobName } from '../../queue/jobs';
import { QueueService } from '../../queue/queue.service';
import type { DigestRunDto, NotificationItemDto } from './dto/notification.dto';
import { DEADLINE_KIND_LABELS, digestText } from './digest-text';
import { Mailer } from './mailer';

interface SubscriptionRow {
  id: number;
  user_id: string;
  kind: 'state' | 'theme';
  target: string;
}

/**
 * The overdue digest: for every person following a State or a theme, the recommendations that
 * became overdue there since the last digest, as one in-app notification (and an e-mail when SMTP
 * is configured). What was reported is recorded per subscription (a unique key), so a re-run, a
 * retry or two runs at once never report an item twice.
 */
@Injectable()
export class DigestService {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly overdue: OverdueRepository,
    private readonly deadlines: DeadlinesService,
    private readonly audit: AuditService,
    private readonly queues: QueueService,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
  ) {}

  /** Runs the digest at once instead of waiting for its schedule: OHCHR officers and administrators. */
  async runNow(actor: Actor): Promise<DigestRunDto> {
    enforce(requirePermission(actor, 'registry:write'), 'Not found', 'Only OHCHR officers and administrators run the digest.');
    return this.run();
  }

  async run(): Promise<DigestRunDto> {
    await this.deadlines.refreshAllStale();
    const today = this.clock.today();
    const subscriptions: SubscriptionRow[] = await this.dataSource.query(
      `SELECT s.id, s.user_id, s.kind, s.target FROM subscription s JOIN user_account u ON u.id = s.user_id
       WHERE s.archived_at IS NULL AND u.deactivated_at IS NULL ORDER BY s.user_id, s.id`,
    );
    const byUser = new Map<string, SubscriptionRow[]>();
    for (const s of subscriptions) byUser.set(s.user_id, [...(byUser.get(s.user_id) ?? []), s]);
    const result: DigestRunDto = { asOf: today, notifications: 0, items: 0, emailsQueued: 0 };
    for (const [userId, list] of byUser) {
      const created = await this.dataSource.transaction((manager) => this.digestFor(manager, userId, list, today));
      if (created === null) continue;
      result.notifications += 1;
      result.items += created.items;
      if (this.mailer.enabled) {
        await this.queues.enqueue(JobName.SendNotificationEmail, { notificationId: created.notificationId });
        result.emailsQueued += 1;
      }
    }
    if (result.notifications > 0) this.logger.log(`Overdue digest of ${today}: ${result.items} items in ${result.notifications} notifications`);
    return result;
  }

  private async digestFor(manager: EntityManager, userId: string, subscriptions: readonly SubscriptionRow[], today: string): Promise<{ notificationId: number; items: number } | null> {
    // One digest per person at a time: concurrent runs wait, then find the items already reported.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('overdue-digest:' || $1))`, [userId]);
    const fresh: { subscription: SubscriptionRow; row: OverdueRow }[] = [];
    for (const subscription of subscriptions) {
      const filter = subscription.kind === 'state' ? { state: [subscription.target] } : { theme: [subscription.target] };
      const rows = await this.overdue.page(manager, filter, today, null, 0);
      if (rows.length === 0) continue;
      const noticed: { recommendation_id: number; deadline_kind: string; due_on: string }[] = await manager.query(
        `SELECT recommendation_id, deadline_kind, to_char(due_on, 'YYYY-MM-DD') AS due_on FROM subscription_overdue_notice WHERE subscription_id = $1`,
        [subscription.id],
      );
      const seen = new Set(noticed.map((n) => `${n.recommendation_id}|${n.deadline_kind}|${n.due_on}`));
      for (const row of rows) if (!seen.has(`${row.recommendation_id}|${row.kind}|${row.due_on}`)) fresh.push({ subscription, row });
    }
    if (fresh.length === 0) return null;
    const items: NotificationItemDto[] = [];
    const keys = new Set<string>();
    for (const { row } of fresh) {
      const key = `${row.recommendation_id}|${row.kind}`;
      if (keys.has(key)) continue;
      keys.add(key);
      items.push({ recommendationId: row.recommendation_id, stateIso3: row.state_iso3, deadline: row.kind, dueOn: row.due_on, daysLate: row.days_late, text: row.text.slice(0, 300) });
    }
    const { title, body } = digestText(today, items, (kind) => (kind in DEADLINE_KIND_LABELS ? DEADLINE_KIND_LABELS[kind as keyof typeof DEADLINE_KIND_LABELS] : kind));
    const inserted: { id: number }[] = await manager.query(
      `INSERT INTO notification (user_id, kind, title, body, payload) VALUES ($1, 'overdue_digest', $2, $3, $4::jsonb) RETURNING id`,
      [userId, title, body, JSON.stringify({ asOf: today, items })],
    );
    const notificationId = inserted[0]?.id;
    if (notificationId === undefined) throw new Error('INSERT INTO notification returned no id');
    await manager.query(
      `INSERT INTO subscription_overdue_notice (subscription_id, recommendation_id, deadline_kind, due_on, notification_id)
       SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::date[], $5::int[]) ON CONFLICT DO NOTHING`,
      [fresh.map((f) => f.subscription.id), fresh.map((f) => f.row.recommendation_id), fresh.map((f) => f.row.kind), fresh.map((f) => f.row.due_on), fresh.map(() => notificationId)],
    );
    await this.audit.record(manager, {
      action: 'create',
      entityType: 'notification',
      entityId: notificationId,
      actor: 'system:overdue-digest',
      changes: { userId: { before: null, after: userId }, items: { before: null, after: items.length } },
    });
    return { notificationId, items: items.length };
  }
}
