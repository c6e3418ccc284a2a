import { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import { Page, pageOf } from '@app/kernel';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/**
 * Base of a Relay-style connection: `@ObjectType() class NotificationConnection extends
 * Connection(Notification) {}`.
 */
export function Connection<T>(node: Type<T>): Type<ConnectionShape<T>> {
  @ObjectType(`${node.name}Edge`)
  class EdgeType {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionType;
}

/**
 * Builds a page from rows fetched with `LIMIT first + 1` in keyset order: the extra row
 * only tells that a next page exists.
 */
export function toConnection<R, T>(
  rows: R[],
  first: number,
  cursorOf: (row: R) => (string | number)[],
  toNode: (row: R) => T,
): ConnectionShape<T> {
  return connectionOf(pageOf(rows, first, cursorOf, toNode));
}

/** A service's page as a Relay connection, at the GraphQL edge. */
export function connectionOf<T>(page: Page<T>): ConnectionShape<T> {
  const edges = page.entries.map(({ cursor, item }) => ({ cursor, node: item }));
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
}
