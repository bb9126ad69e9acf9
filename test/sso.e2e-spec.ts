import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { startTestApp, type TestApp } from './support/test-app';

/** Staff authenticate with JWTs from the company's SSO gateway, acting for one account. */

const ISSUER = 'https://sso.example.test';
const AUDIENCE = 'supplygate';
const signing = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const publicPem = signing.publicKey.export({ type: 'spki', format: 'pem' }).toString();

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ JWT_PUBLIC_KEY: publicPem, JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE });
});

afterAll(async () => {
  await app.close();
});

function token(claims: Record<string, unknown>, options: { key?: typeof signing.privateKey; issuer?: string; audience?: string; expires?: string | number } = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject('ada.lovelace')
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '5m')
    .sign(options.key ?? signing.privateKey);
}

it('accepts a valid SSO token for an existing account, audited under the user', async () => {
  const { id } = await app.account(10);
  const jwt = await token({ supplygate_account: id, scope: 'agents audit' });
  const run = await app.run('echo', jwt, { text: 'from the SSO' });
  expect(run.status).toBe(200);
  expect(run.body.code).toBe('TASK_COMPLETED');
  const audit = await fetch(`${app.base}/api/v1/audit?task_id=${String(run.body.data?.task_id)}`, { headers: { authorization: `Bearer ${jwt}` } });
  const rows = ((await audit.json()) as { data: { items: { principal: string; action: string }[] } }).data.items;
  expect(rows.find((r) => r.action === 'api.run')?.principal).toBe('sso:ada.lovelace');
});

it('refuses expired, foreign, tampered, mis-addressed and accountless tokens with 401', async () => {
  const { id } = await app.account(10);
  const claims = { supplygate_account: id, scope: 'agents' };
  const valid = await token(claims);
  const [header, payload, signature] = valid.split('.');
  const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: 'mallory', iss: ISSUER, aud: AUDIENCE, exp: 9_999_999_999 })).toString('base64url')}.${signature}`;
  const bad = [
    await token(claims, { expires: Math.floor(Date.now() / 1000) - 60 }),
    await token(claims, { key: stranger.privateKey }),
    await token(claims, { issuer: 'https://evil.example.test' }),
    await token(claims, { audience: 'someone-else' }),
    await token({ scope: 'agents' }),
    await token({ supplygate_account: '00000000-0000-0000-0000-000000000000', scope: 'agents' }),
    forged,
    `${header}.${payload}.`,
  ];
  for (const jwt of bad) {
    const res = await app.run('echo', jwt, { text: 'x' });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ success: false, code: 'UNAUTHORIZED' });
  }
});

it('honours the scopes in the token', async () => {
  const { id } = await app.account(10);
  const agentsOnly = await token({ supplygate_account: id, scope: 'agents' });
  const audit = await fetch(`${app.base}/api/v1/audit`, { headers: { authorization: `Bearer ${agentsOnly}` } });
  expect(audit.status).toBe(403);
  const auditOnly = await token({ supplygate_account: id, scp: ['audit'] });
  expect((await app.run('echo', auditOnly, { text: 'x' })).status).toBe(403);
});
