import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { signedIn, type SignedIn } from './accounts';
import { cast, createFollowUpApp, recommendation, type Cast, type FollowUpApp } from './follow-up-fixture';
import { TEST_REDIS_URL, waitForQueuesToDrain } from './queues';
import { FakeSmtpServer } from './support/fake-smtp';

interface Notification {
  id: number;
  kind: string;
  title: string;
  body: string;
  items: { recommendationId: number; deadline: string; daysLate: number }[];
  readAt: string | null;
  emailedAt: string | null;
}

describe('Following States and themes: the overdue digest in the application and by e-mail (real PostgreSQL, Redis, SMTP)', () => {
  const smtp = new FakeSmtpServer();
  let app: FollowUpApp;
  let c: Cast;
  let follower: SignedIn;
  let themeFollower: SignedIn;
  let svnRec: number;
  let hrvRec: number;

  beforeAll(async () => {
    await smtp.start();
    // Queues on the machine's Redis, under this file's own prefix; e-mail through the fake server.
    app = await createFollowUpApp('2025-07-20', { SMTP_URL: smtp.url, MAIL_FROM: 'tracker@ohchr.example', REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: `test-${randomBytes(4).toString('hex')}` });
    c = await cast(app);
    follower = await signedIn(app.t, { role: 'ngo_monitor', organisationId: c.ngoId });
    themeFollower = await signedIn(app.t, { role: 'ohchr_officer' });
    svnRec = await recommendation(c.officer, { body: 'UPR', stateIso3: 'SVN', session: 42 });
    await c.officer.http.post(`/api/v1/recommendations/${svnRec}/responses`).send({ response: 'supported', respondedOn: '2023-05-01' });
    hrvRec = await recommendation(c.officer, { body: 'CAT', stateIso3: 'HRV', issuedOn: '2024-05-10', themes: ['follow-up-to-upr'] });
  });

  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  const notifications = async (who: SignedIn): Promise<{ items: Notification[]; unread: number }> => (await who.http.get('/api/v1/notifications')).body;

  it('lets a signed-in person follow a State or a theme, once, and stop following', async () => {
    const state = await follower.http.post('/api/v1/subscriptions').send({ kind: 'state', target: 'svn' });
    expect(state.status).toBe(201);
    expect(state.body).toMatchObject({ kind: 'state', target: 'SVN', label: 'Slovenia' });
    expect((await follower.http.post('/api/v1/subscriptions').send({ kind: 'state', target: 'SVN' })).status).toBe(409);
    const unknown = await follower.http.post('/api/v1/subscriptions').send({ kind: 'state', target: 'XYZ' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([{ field: 'target', reason: 'unknown State code: XYZ' }]);
    expect((await themeFollower.http.post('/api/v1/subscriptions').send({ kind: 'theme', target: 'follow-up-to-upr' })).status).toBe(201);
    const extra = await themeFollower.http.post('/api/v1/subscriptions').send({ kind: 'state', target: 'KEN' });
    expect((await follower.http.delete(`/api/v1/subscriptions/${extra.body.id}`)).status).toBe(404);
    expect((await themeFollower.http.delete(`/api/v1/subscriptions/${extra.body.id}`)).status).toBe(204);
    expect((await themeFollower.http.get('/api/v1/subscriptions')).body.map((s: { target: string }) => s.target)).toEqual(['follow-up-to-upr']);
    expect((await app.anonymous().get('/api/v1/subscriptions')).status).toBe(401);
    const archived: { archived: boolean }[] = await app.t.app.get(DataSource).query(`SELECT archived_at IS NOT NULL AS archived FROM subscription WHERE id = $1`, [extra.body.id]);
    expect(archived).toEqual([{ archived: true }]);
  });

  it('notifies each follower of what newly became overdue in their State or theme, once, and e-mails it', async () => {
    const first = await c.officer.http.post('/api/v1/notifications/overdue-digest').send({});
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ asOf: '2025-07-20', notifications: 1, items: 1, emailsQueued: 1 });
    expect((await notifications(follower)).items).toEqual([]);
    const [themeNotice] = (await notifications(themeFollower)).items;
    expect(themeNotice).toMatchObject({ kind: 'overdue_digest', title: '1 recommendation newly overdue (2025-07-20)', items: [{ recommendationId: hrvRec, deadline: 'treaty_follow_up_report', daysLate: 71 }] });

    const again = await c.officer.http.post('/api/v1/notifications/overdue-digest').send({});
    expect(again.body).toMatchObject({ notifications: 0, items: 0 });

    // The UPR mid-term report of Slovenia falls due on 2025-07-23.
    app.setToday('2025-07-24');
    const later = await c.officer.http.post('/api/v1/notifications/overdue-digest').send({});
    expect(later.body).toMatchObject({ asOf: '2025-07-24', notifications: 1, items: 1 });
    const mine = await notifications(follower);
    expect(mine.unread).toBe(1);
    expect(mine.items[0]).toMatchObject({ items: [{ recommendationId: svnRec, deadline: 'upr_mid_term_report', daysLate: 1 }] });
    expect(mine.items[0]?.body).toContain('UPR mid-term report due 2025-07-23, 1 days late');

    await waitForQueuesToDrain(app.t.app);
    const followerEmail: { email: string }[] = await app.t.app.get(DataSource).query(`SELECT email FROM user_account WHERE id = $1`, [follower.id]);
    const delivered = smtp.mails.filter((m) => m.to.includes(followerEmail[0]?.email ?? ''));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.from).toBe('tracker@ohchr.example');
    expect(delivered[0]?.data).toContain('Subject: 1 recommendation newly overdue (2025-07-24)');
    expect((await notifications(follower)).items[0]?.emailedAt).not.toBeNull();
  });

  it('retries an e-mail while the SMTP server refuses, and sends it once', async () => {
    const hrv2 = await recommendation(c.officer, { body: 'CAT', stateIso3: 'HRV', issuedOn: '2024-05-01', themes: ['follow-up-to-upr'] });
    expect(hrv2).toBeGreaterThan(0);
    const before = smtp.mails.length;
    smtp.failNext(2);
    const run = await c.officer.http.post('/api/v1/notifications/overdue-digest').send({});
    expect(run.body).toMatchObject({ notifications: 1, emailsQueued: 1 });
    await waitForQueuesToDrain(app.t.app);
    expect(smtp.mails.length - before).toBe(1);
    const [latest] = (await notifications(themeFollower)).items;
    expect(latest?.emailedAt).not.toBeNull();
  });

  it('marks a notification read for its recipient only', async () => {
    const [notice] = (await notifications(follower)).items;
    expect((await themeFollower.http.post(`/api/v1/notifications/${notice?.id}/read`).send({})).status).toBe(404);
    const read = await follower.http.post(`/api/v1/notifications/${notice?.id}/read`).send({});
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await notifications(follower)).unread).toBe(0);
  });

  it('lets only OHCHR run the digest at once', async () => {
    expect((await follower.http.post('/api/v1/notifications/overdue-digest').send({})).status).toBe(403);
    expect((await app.anonymous().post('/api/v1/notifications/overdue-digest').send({})).status).toBe(401);
  });
});
