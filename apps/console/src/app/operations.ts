import { graphql } from '../gql';

/** The unread count beside the bell (a page more shows as "50+"). */
export const UNREAD_NOTIFICATIONS = graphql(`
  query UnreadNotifications {
    notifications(first: 50, unreadOnly: true) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

export const NOTIFICATION_ADDED = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
    }
  }
`);
