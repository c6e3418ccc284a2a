import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../app/lazy-page';
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
    component: lazyPage(() => import('./SharedListPage'), 'SharedListPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/shared/$shareId',
    component: lazyPage(() => import('./SharedCardPage'), 'SharedCardPage'),
  }),
];
