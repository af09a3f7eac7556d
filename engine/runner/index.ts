// Public API of the runner layer: build a service model with default policies, and run replications.
export type {
  LiveReplication,
  ReplicationOptions,
  ReplicationResults,
  ServiceModel,
  ServiceModelDefinition,
} from './serviceModel.ts';
export { createServiceModel, runServiceReplication, startServiceReplication } from './serviceModel.ts';
