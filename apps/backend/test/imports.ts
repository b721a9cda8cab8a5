import type TestAgent from 'supertest/lib/agent';

/** The import as GET /api/v1/imports/:id answers. */
export interface ImportBody {
  id: number;
  fileName: string;
  status: 'queued' | 'running' | 'completed' | 'failed';
  format: string | null;
  container: string | null;
  failure: string | null;
  progress: { rowsDone: number; rowsTotal: number | null; percent: number; rowsPerSecond: number; errors: number; warnings: number };
  summary: {
    rowsRead: number;
    created: number;
    updated: number;
    unchanged: number;
    recommendingStateLinks: number;
    pledges: number;
    pledgesCreated: number;
    pledgesUpdated: number;
    pledgesUnchanged: number;
    rejected: number;
    statements: number;
  };
}

export interface IssueBody {
  rowNumber: number;
  column: string;
  reason: string;
  severity: 'error' | 'warning';
}

/** Uploads a file and returns the 202 answer (the import, queued). */
export async function upload(http: TestAgent, content: Buffer, fileName: string, fields: Record<string, string> = {}): Promise<ImportBody> {
  let req = http.post('/api/v1/imports').attach('file', content, fileName);
  for (const [name, value] of Object.entries(fields)) req = req.field(name, value);
  const res = await req;
  if (res.status !== 202) throw new Error(`upload of ${fileName} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as ImportBody;
}

/** Polls the import until it has completed or failed. */
export async function finished(http: TestAgent, id: number, timeoutMs = 120_000): Promise<ImportBody> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await http.get(`/api/v1/imports/${id}`);
    const body = res.body as ImportBody;
    if (body.status === 'completed' || body.status === 'failed') return body;
    if (Date.now() > deadline) throw new Error(`import ${id} still ${body.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function importFile(http: TestAgent, content: Buffer, fileName: string, fields: Record<string, string> = {}): Promise<ImportBody> {
  const queued = await upload(http, content, fileName, fields);
  return finished(http, queued.id);
}

export async function allIssues(http: TestAgent, id: number): Promise<IssueBody[]> {
  const issues: IssueBody[] = [];
  let cursor: string | null = null;
  do {
    const res: { body: { items: IssueBody[]; nextCursor: string | null } } = await http
      .get(`/api/v1/imports/${id}/issues`)
      .query({ limit: 500, ...(cursor ? { cursor } : {}) });
    issues.push(...res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return issues;
}
