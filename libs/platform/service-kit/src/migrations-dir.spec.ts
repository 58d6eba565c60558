import { serviceMigrationsDir } from './migrations-dir';

describe('serviceMigrationsDir', () => {
  it('finds the migrations beside the sources when running from src', () => {
    expect(serviceMigrationsDir('/repo/apps/catalog/src', 'catalog')).toBe('/repo/apps/catalog/migrations');
  });

  it('finds the same folder, not a copy under dist, when running the build', () => {
    expect(serviceMigrationsDir('/repo/dist/apps/catalog/src', 'catalog')).toBe(
      '/repo/apps/catalog/migrations',
    );
  });
});
