export type { IsoDate } from './calendar';
export { WORKFLOW_REFUSAL_CODES, type TransitionResult, type WorkflowRefusal, type WorkflowRefusalCode } from './transition';
export * from './report-workflow';
export * from './status-as-of';
export * from './deadlines';
export * from './follow-up-policy';
