import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useT } from '../i18n/I18nProvider';
import { NotificationAddedDocument, UnreadNotificationsDocument } from '../gql/graphql';

/** The queries a new notification changes: the bell's count and My desk. */
const NOTICED_BY = ['UnreadNotifications', 'Desk'];

/**
 * The unread notifications' count in the header, leading to My desk where they are listed.
 * A new notification arrives over the live connection and the bell and My desk are read again.
 */
export function NotificationBell() {
  const t = useT();
  const client = useApolloClient();
  const { data } = useQuery(UnreadNotificationsDocument);
  useSubscription(NotificationAddedDocument, { onData: () => void client.refetchQueries({ include: NOTICED_BY }) });
  const unread = data?.notifications.edges.length ?? 0;
  const count = data?.notifications.pageInfo.hasNextPage ? `${unread}+` : String(unread);
  return (
    <Button component={Link} to="/" variant={unread ? 'filled' : 'default'} data-testid="notification-bell" aria-live="polite">
      {t('app.notifications', { count })}
    </Button>
  );
}
