import { JobName, queueJobId } from './jobs';

describe('queueJobId', () => {
  it('keeps deterministic ids and never hands BullMQ a ":" (refused in custom ids)', () => {
    expect(queueJobId(JobName.ImportFile, { importId: 7 })).toBe('import-7');
    const backlog = queueJobId(JobName.RecomputeDeadlines, { runKey: 'backlog-2026-11-29T18:40' });
    expect(backlog).toBe('recompute-deadlines-backlog-2026-11-29T18-40');
    expect(queueJobId(JobName.RecomputeDeadlines, { runKey: 'backlog-2026-11-29T18:40' })).toBe(backlog);
  });
});
