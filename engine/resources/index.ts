// Public API of the resources layer: servers with queues, processor sharing, queue disciplines,
// capacity over time, and the jobs that pass through them.
export type { CapacityChange } from './capacitySchedule.ts';
export { scheduleCapacity } from './capacitySchedule.ts';
export { erlangB, erlangC, erlangServiceLevel, erlangWaitInQueue } from './erlang.ts';
export { fifo } from './fifo.ts';
export type { JobOptions, JobState } from './job.ts';
export { Job } from './job.ts';
export { lifo } from './lifo.ts';
export type { PriorityOrderOptions } from './priorityOrder.ts';
export { priorityOrder } from './priorityOrder.ts';
export type { QueueDiscipline } from './queueDiscipline.ts';
export type { CapacityCutRule, PreemptionRule, ResourceOptions } from './resource.ts';
export { Resource } from './resource.ts';
export type { JobListener } from './resourceBase.ts';
export { ResourceBase } from './resourceBase.ts';
export type { CapacityChangedEvent, JobEventKind, JobTraceEvent, ResourceEvent } from './resourceEvent.ts';
export { ResourceStatistics } from './resourceStatistics.ts';
export type { SharedResourceOptions } from './sharedResource.ts';
export { SharedResource } from './sharedResource.ts';
