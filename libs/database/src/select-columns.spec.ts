import { pageColumnsFor, selectColumns } from './select-columns';

const COLUMNS = { id: 'c.id', title: 'c.title', status: 'c.status', updatedAt: 'c.updated_at AS "updatedAt"' };

describe('selectColumns', () => {
  it('lists the wanted fields that have a column, in select-list order, once each', () => {
    expect(selectColumns(COLUMNS, ['status', 'identifiers', 'id', 'status'])).toBe('c.id, c.status');
  });
});

describe('pageColumnsFor', () => {
  const pageColumns = pageColumnsFor(COLUMNS, ['id', 'updatedAt']);

  it('adds the fields always read to those the query selects', () => {
    expect(pageColumns(new Set(['title']))).toBe('c.id, c.title, c.updated_at AS "updatedAt"');
    expect(pageColumns(new Set())).toBe('c.id, c.updated_at AS "updatedAt"');
  });

  it('works a selection out once: the same selection object gets the same list, another one its own', () => {
    const selection = new Set(['status']);
    const first = pageColumns(selection);
    // Were the list cached by anything but the selection itself, this change would go unseen.
    selection.add('title');
    expect(pageColumns(selection)).toBe(first);
    expect(pageColumns(new Set(['status', 'title']))).toBe('c.id, c.title, c.status, c.updated_at AS "updatedAt"');
  });
});
