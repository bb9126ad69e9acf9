import { AppConfig, ConfigError } from 'src/config/app-config';

describe('AppConfig', () => {
  it('applies defaults for an empty environment', () => {
    const config = new AppConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, adminToken: null, runWaitMs: 1500, taskMaxAttempts: 3, workerEnabled: true });
    expect(config.referenceDataDir).toMatch(/reference-data$/);
  });

  it.each([
    ['PORT', 'eighty', /PORT must be a whole number/],
    ['PORT', '70000', /PORT must be between 0 and 65535/],
    ['DATABASE_URL', 'not a url', /DATABASE_URL is not a URL/],
    ['DATABASE_URL', 'mysql://x@y/z', /DATABASE_URL must use the postgres:\/\/ scheme/],
    ['ADMIN_TOKEN', 'short', /ADMIN_TOKEN must be at least 16 characters/],
    ['WORKER_ENABLED', 'maybe', /WORKER_ENABLED must be true or false/],
    ['RUN_WAIT_MS', '-5', /RUN_WAIT_MS must be between 0 and 60000/],
    ['JWT_PUBLIC_KEY', 'not a key', /JWT_PUBLIC_KEY must be a PEM public key/],
    ['JWT_JWKS_URL', 'ftp://x', /JWT_JWKS_URL must be an http\(s\) URL/],
  ])('refuses %s=%s with a message naming it', (name, value, message) => {
    expect(() => new AppConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => new AppConfig({ [name]: value })).toThrow(message);
  });

  it('requires issuer and audience once SSO tokens are enabled', () => {
    expect(() => new AppConfig({ JWT_JWKS_URL: 'https://sso.example.test/jwks' })).toThrow(/JWT_ISSUER is required/);
    expect(() => new AppConfig({ JWT_JWKS_URL: 'https://sso.example.test/jwks', JWT_ISSUER: 'x' })).toThrow(/JWT_AUDIENCE is required/);
    const config = new AppConfig({ JWT_JWKS_URL: 'https://sso.example.test/jwks', JWT_ISSUER: 'x', JWT_AUDIENCE: 'y' });
    expect(config.sso).toEqual({ issuer: 'x', audience: 'y', publicKeyPem: null, jwksUrl: 'https://sso.example.test/jwks', accountClaim: 'supplygate_account' });
  });

  it('reads valid values', () => {
    const config = new AppConfig({ PORT: '8080', DATABASE_URL: 'postgres://u@h:5432/d', ADMIN_TOKEN: 'x'.repeat(20), WORKER_ENABLED: 'false' });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://u@h:5432/d', adminToken: 'x'.repeat(20), workerEnabled: false });
  });
});
