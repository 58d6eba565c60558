import { join } from 'node:path';

/**
 * A service's SQL migrations folder, `<root>/apps/<service>/migrations`, from its host module's `__dirname`,
 * whether that module runs from source (`apps/<service>/src`) or from the build (`dist/apps/<service>/src`).
 */
export function serviceMigrationsDir(hostDirname: string, service: string): string {
  return join(hostDirname, '..', '..', '..', 'apps', service, 'migrations').replace(
    /\/dist\/apps\//,
    '/apps/',
  );
}
