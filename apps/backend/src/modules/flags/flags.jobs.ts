import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { runWithContext } from '../../common/request-context';
import { HandlesJob, isLastAttempt, type JobContext, type JobHandler } from '../../queue/job-handler';
import { JobName, type JobPayload } from '../../queue/jobs';
import { PermanentSweepError, SweepService } from './sweep.service';

/** Errors no retry can fix: the sweep or State does not exist, a rule's settings or a record's dates are invalid. */
function isPermanent(error: unknown): error is Error {
  return error instanceof PermanentSweepError || error instanceof RangeError;
}

/** Opens the sweep (scheduled or asked for) and queues one evaluation per State. */
@Injectable()
@HandlesJob(JobName.CooperationSweep)
export class CooperationSweepJob implements JobHandler<JobName.CooperationSweep> {
  private readonly logger = new Logger(CooperationSweepJob.name);

  constructor(private readonly sweeps: SweepService) {}

  async handle({ sweepId }: JobPayload<JobName.CooperationSweep>, context: JobContext): Promise<void> {
    try {
      const fanned = await runWithContext({ requestId: context.jobId, actor: 'system:cooperation-sweep' }, () => this.sweeps.fanOut(sweepId, context.jobId));
      this.logger.log(`Sweep ${fanned.sweepId}: ${fanned.states} State evaluations queued`);
    } catch (error) {
      if (isPermanent(error)) throw new UnrecoverableError(error.message);
      throw error;
    }
  }
}

/** Evaluates the rules for one State and writes its flags; a permanent failure marks the State failed at once. */
@Injectable()
@HandlesJob(JobName.EvaluateState)
export class EvaluateStateJob implements JobHandler<JobName.EvaluateState> {
  constructor(private readonly sweeps: SweepService) {}

  async handle({ sweepId, stateIso3 }: JobPayload<JobName.EvaluateState>, context: JobContext): Promise<void> {
    try {
      await runWithContext({ requestId: context.jobId, actor: 'system:cooperation-sweep' }, () => this.sweeps.evaluateState(sweepId, stateIso3));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (isPermanent(error) || isLastAttempt(context)) await this.sweeps.markFailed(sweepId, stateIso3, reason);
      if (isPermanent(error)) throw new UnrecoverableError(reason);
      throw error;
    }
  }
}
