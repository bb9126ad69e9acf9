import { dataFrame, END_FRAME } from 'src/a2a/sse';

describe('SSE framing', () => {
  it('writes one data line of single-line JSON and a blank line', () => {
    expect(dataFrame({ event: 'stream', data: { reasoning: ['line one\nline two'] } })).toBe(
      'data: {"event":"stream","data":{"reasoning":["line one\\nline two"]}}\n\n',
    );
  });

  it('ends with exactly event: end, data: [DONE] and a blank line', () => {
    expect(END_FRAME).toBe('event: end\ndata: [DONE]\n\n');
  });
});
