import { Test, TestingModule } from '@nestjs/testing';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { NotificationsResolver } from './notifications.resolver';

/** The schema the resolver contributes, as clients see it. */
describe('NotificationsResolver schema', () => {
  let app: TestingModule;
  let sdl: string;

  beforeAll(async () => {
    app = await Test.createTestingModule({ imports: [GraphQLSchemaBuilderModule] }).compile();
    const printed = printSchema(await app.get(GraphQLSchemaFactory).create([NotificationsResolver]));
    // Descriptions and layout aside, so the assertions read as one line of SDL each.
    sdl = printed.replace(/"""[\s\S]*?"""/g, '').replace(/\s+/g, ' ');
  });

  afterAll(async () => {
    await app?.close();
  });

  it('offers the notifications query and the mark-read mutation', () => {
    expect(sdl).toContain(
      'type Query { notifications( first: Int after: String unreadOnly: Boolean = false ): NotificationConnection! }',
    );
    expect(sdl).toContain('type Mutation { markNotificationsRead(ids: [ID!]!): Int! }');
  });

  it('shapes a notification and its connection', () => {
    expect(sdl).toContain(
      'type Notification { id: ID! kind: NotificationKind! message: String! subjectType: String subjectId: String createdAt: DateTime! read: Boolean! }',
    );
    expect(sdl).toContain('type NotificationConnection { edges: [NotificationEdge!]! pageInfo: PageInfo! }');
    expect(sdl).toContain('type NotificationEdge { cursor: String! node: Notification! }');
    expect(sdl).toMatch(/enum NotificationKind \{[^}]*\bUSER_LOCKED_OUT\b/);
  });
});
