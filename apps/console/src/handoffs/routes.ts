import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../app/lazy-page';
import { rootRoute } from '../app/router';
import { validateHandoffsSearch } from './search';

export const handoffsRoutes = () => [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/handoffs',
    validateSearch: validateHandoffsSearch,
    component: lazyPage(() => import('./HandoffsListPage'), 'HandoffsListPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/handoffs/new',
    component: lazyPage(() => import('./refer/ReferPage'), 'ReferPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/handoffs/$handoffId',
    component: lazyPage(() => import('./HandoffPage'), 'HandoffPage'),
  }),
];
