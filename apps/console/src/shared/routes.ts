import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../app/router';

/** The page of the list is a cursor in the address, so a reload or a link keeps it. */
export interface SharedSearch {
  after?: string;
}

export const sharedRoutes = () => [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/shared',
    validateSearch: (search: Record<string, unknown>): SharedSearch => (typeof search.after === 'string' ? { after: search.after } : {}),
    component: lazyRouteComponent(() => import('./SharedListPage'), 'SharedListPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/shared/$shareId',
    component: lazyRouteComponent(() => import('./SharedCardPage'), 'SharedCardPage'),
  }),
];
