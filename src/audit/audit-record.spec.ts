import { toCsv } from 'src/audit/audit-csv';
import type { AuditRow } from 'src/audit/audit.service';
import { inputDigest } from 'src/audit/audit-record';

describe('inputDigest', () => {
  it('does not depend on key order, and differs when the input does', () => {
    expect(inputDigest({ text: 'a', extra: { x: 1, y: [1, 2] } })).toBe(inputDigest({ extra: { y: [1, 2], x: 1 }, text: 'a' }));
    expect(inputDigest({ text: 'a' })).not.toBe(inputDigest({ text: 'b' }));
    expect(inputDigest({ text: 'a' })).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('audit CSV export', () => {
  const row: AuditRow = {
    id: 7,
    at: '2026-11-21T09:00:00.000Z',
    principal: 'key:abc',
    key_id: null,
    agent_id: 'echo',
    mode: 'run',
    task_id: 't_x',
    action: 'api.run',
    code: 'TASK_ACCEPTED',
    input_digest: null,
    outcome: 'success',
    credits: 2,
    trace_id: 'tr',
    client_ip: '127.0.0.1',
    detail: { note: 'has "quotes", commas' },
  };

  it('quotes fields that need it and neutralises spreadsheet formulas', () => {
    const csv = toCsv([row, { ...row, id: 8, principal: '=HYPERLINK("x")' }]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,at,principal,key_id,agent_id,mode,task_id,action,code,input_digest,outcome,credits,trace_id,client_ip,detail');
    expect(lines[1]).toBe('7,2026-11-21T09:00:00.000Z,key:abc,,echo,run,t_x,api.run,TASK_ACCEPTED,,success,2,tr,127.0.0.1,"{""note"":""has \\""quotes\\"", commas""}"');
    expect(lines[2].split(',')[2]).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
