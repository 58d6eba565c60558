import { join } from 'node:path';
import { ServiceEntry } from '@getit/service-kit';

/**
 * Loads a service's `embedded` entry from the build output beside this one. Services are separate deployables,
 * so this host knows them only by name and by the ServiceEntry shape, never by importing their code.
 */
export function loadService(name: string): ServiceEntry {
  // A runtime path on purpose: a static import would make this host depend on every service's code.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(join(__dirname, '..', '..', name, 'src', 'embedded')) as { entry?: ServiceEntry };
  if (!module.entry) throw new Error(`apps/${name}/src/embedded.ts exports no entry`);
  return module.entry;
}
