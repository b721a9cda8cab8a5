import type { AccessFixture } from './access-fixture';
import { STATE_A, STATE_B } from './access-fixture';

/** How far an assistance request of the access matrix has gone. */
export type FundStage = 'draft' | 'submitted' | 'under_review' | 'approved' | 'published';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const STEPS: readonly Exclude<FundStage, 'draft'>[] = ['submitted', 'under_review', 'approved', 'published'];

/**
 * A fresh assistance request of State A (drafted by focal point A, linked to recommendation A) or
 * State B (focal point B), taken by OHCHR to `stage`. Returns its id.
 */
export async function fundRequest(f: AccessFixture, state: 'A' | 'B', stage: FundStage): Promise<number> {
  const focal = state === 'A' ? f.users.focalA : f.users.focalB;
  const created = await f.ok<{ id: number }>(
    focal.http.post('/api/v1/fund/requests').send({
      stateIso3: state === 'A' ? STATE_A : STATE_B,
      activityType: 'national_capacity_and_expertise',
      channel: 'ohchr_field_office',
      description: `Assistance ${f.unique()}`,
      consentOn: '2026-01-01',
      consentBy: 'Ministry of Foreign Affairs',
      requestedMinor: '1000000',
      recommendationIds: [state === 'A' ? f.recA : f.recB],
    }),
  );
  const officer = f.users.officer.http;
  const path = `/api/v1/fund/requests/${created.id}`;
  for (const step of STEPS.slice(0, STEPS.indexOf(stage as Exclude<FundStage, 'draft'>) + 1)) {
    if (step === 'submitted') await f.ok(focal.http.post(`${path}/transitions`).send({ action: 'submit' }));
    if (step === 'under_review') await f.ok(officer.post(`${path}/transitions`).send({ action: 'start_review' }));
    if (step === 'approved') await f.ok(officer.post(`${path}/transitions`).send({ action: 'approve', approvedMinor: '900000' }));
    if (step === 'published') await f.ok(officer.post(`${path}/publish`).send({}));
  }
  return created.id;
}

/** A document of the request: a link, or a small PDF uploaded by the officer. Returns its id. */
export async function fundDocument(f: AccessFixture, requestId: number, kind: 'link' | 'file'): Promise<number> {
  const post = f.users.officer.http.post(`/api/v1/fund/requests/${requestId}/documents`).field('title', `Document ${f.unique()}`);
  const created = await f.ok<{ documents: { id: number }[] }>(
    kind === 'link' ? post.field('url', 'https://www.ohchr.org/en/hr-bodies/upr/upr-voluntary-funds') : post.attach('file', PDF, { filename: 'project.pdf' }),
  );
  const id = created.documents.at(-1)?.id;
  if (id === undefined) throw new Error('the document was not added');
  return id;
}
