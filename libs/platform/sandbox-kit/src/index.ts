export { startSandboxServer, type SandboxServer, type SandboxServerOptions } from './sandbox.server';
export {
  registerControlPlane,
  controlProblem,
  type ControlPlaneOptions,
  type ControlRefusal,
} from './control-plane.routes';
export { SandboxControlClient } from './sandbox-control.client';
export { runSandboxMain, type StartedSandbox } from './sandbox.main';
