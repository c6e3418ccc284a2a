import { groupBy } from './children';

describe('groupBy', () => {
  it('groups rows by parent in key order, with empty groups and the rows kept in order', () => {
    const rows = [
      { parentId: 'b', n: 1 },
      { parentId: 'a', n: 2 },
      { parentId: 'b', n: 3 },
      { parentId: 'x', n: 4 },
    ];
    expect(groupBy(['a', 'c', 'b'], rows, (r) => r.parentId)).toEqual([
      [{ parentId: 'a', n: 2 }],
      [],
      [
        { parentId: 'b', n: 1 },
        { parentId: 'b', n: 3 },
      ],
    ]);
    expect(groupBy([], rows, (r) => r.parentId)).toEqual([]);
  });
});
