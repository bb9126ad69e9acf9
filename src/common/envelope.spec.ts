import { envelope, protocolTimestamp } from 'src/common/envelope';

describe('envelope', () => {
  it('formats timestamps as UTC without fractional seconds', () => {
    expect(protocolTimestamp(new Date('2026-11-21T09:00:10.987Z'))).toBe('2026-11-21T09:00:10Z');
  });

  it('has the protocol keys in the protocol order', () => {
    const body = envelope({ success: true, code: 'TASK_ACCEPTED', message: 'm', data: null, agent: 'a', traceId: 't' });
    expect(Object.keys(body)).toEqual(['success', 'code', 'message', 'data', 'metadata', 'errors']);
    expect(Object.keys(body.metadata)).toEqual(['agent', 'timestamp', 'credits_used', 'trace_id']);
    expect(body).toMatchObject({ errors: null, metadata: { credits_used: 0, trace_id: 't' } });
  });
});
