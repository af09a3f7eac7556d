// The kernel's public API: the clock and run loop, the event calendar, one-shot events, processes
// and the kernel's trace events. Listed one by one so that every addition is visible in review.
export type { EventHandler, EventId } from './eventCalendar.ts';
export { EventCalendar, MAX_EVENT_PRIORITY, MIN_EVENT_PRIORITY } from './eventCalendar.ts';
export type { ProcessGenerator, Yieldable } from './process.ts';
export { Interrupt, Process, process, waitFor } from './process.ts';
export type { SimEventCallback, SimEventState } from './simEvent.ts';
export { SimEvent, timeout } from './simEvent.ts';
export type { RunOptions } from './simulation.ts';
export { Simulation } from './simulation.ts';
export type { KernelEvent, RunStoppedEvent, StopReason, TraceEvent, WarmUpEndedEvent } from './traceEvent.ts';
export { ZeroTimeLoopError } from './zeroTimeLoopError.ts';
