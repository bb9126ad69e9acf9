import { isTaskId, newTaskId, newTraceId } from 'src/tasks/task-id';

describe('task ids', () => {
  it('are t_ plus 26 base-32 characters (128 random bits) and do not repeat', () => {
    const ids = new Set(Array.from({ length: 5000 }, () => newTaskId()));
    expect(ids.size).toBe(5000);
    for (const id of ids) expect(isTaskId(id)).toBe(true);
  });

  it('use every symbol of the alphabet, so no bits are stuck', () => {
    const seen = new Set([...Array.from({ length: 400 }, () => newTaskId().slice(2, 27)).join('')]);
    expect(seen.size).toBe(32);
  });

  it('rejects other shapes', () => {
    expect(isTaskId('t_short')).toBe(false);
    expect(isTaskId('T_' + 'a'.repeat(26))).toBe(false);
    expect(isTaskId('t_' + 'A'.repeat(26))).toBe(false);
  });

  it('makes W3C-shaped trace ids', () => {
    expect(newTraceId()).toMatch(/^[0-9a-f]{32}$/);
  });
});
