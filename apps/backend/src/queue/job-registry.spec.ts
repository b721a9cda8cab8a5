import { HandlesJob, type JobContext, type JobHandler } from './job-handler';
import { buildHandlerMap, JobRegistryError } from './job-registry';
import { JOB_NAMES, JobName, type JobPayload } from './jobs';

@HandlesJob(JobName.ImportFile)
class ImportHandler implements JobHandler<JobName.ImportFile> {
  readonly seen: number[] = [];

  async handle(payload: JobPayload<JobName.ImportFile>, _context: JobContext): Promise<void> {
    this.seen.push(payload.importId);
  }
}

@HandlesJob(JobName.ImportFile)
class SecondImportHandler implements JobHandler<JobName.ImportFile> {
  async handle(): Promise<void> {
    // a second handler for the same job: the registry must refuse it
  }
}

class NotAHandler {}

/** One stand-in handler for every job but the import, which the tests below vary. */
function otherHandlers(): object[] {
  return JOB_NAMES.filter((name) => name !== JobName.ImportFile).map((name) => {
    class OtherHandler {
      async handle(): Promise<void> {
        // not run by these tests
      }
    }
    HandlesJob(name)(OtherHandler);
    return new OtherHandler();
  });
}

describe('job registry', () => {
  it('pairs each job with its one handler and ignores other providers', async () => {
    const handler = new ImportHandler();
    const map = buildHandlerMap([new NotAHandler(), handler, null, 'text', ...otherHandlers()]);
    expect([...map.keys()].sort()).toEqual([...JOB_NAMES].sort());
    await map.get(JobName.ImportFile)?.handle({ importId: 7 }, { jobId: 'import-7', attempt: 1, maxAttempts: 5 });
    expect(handler.seen).toEqual([7]);
  });

  it('refuses to boot when a job has no handler', () => {
    expect(() => buildHandlerMap([new NotAHandler(), ...otherHandlers()])).toThrow(new JobRegistryError('Job registry: job "import-file" has no handler.'));
  });

  it('refuses to boot when a job has two handlers, naming them', () => {
    expect(() => buildHandlerMap([new ImportHandler(), new SecondImportHandler(), ...otherHandlers()])).toThrow(
      'Job registry: job "import-file" has 2 handlers (ImportHandler, SecondImportHandler).',
    );
  });
});
