import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../app/lazy-page';
import { rootRoute } from '../app/router';
import { validateMlaSearch } from './search';

export const mlaListRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mla',
  validateSearch: validateMlaSearch,
  component: lazyPage(() => import('./MlaListPage'), 'MlaListPage'),
});

export const mlaDraftRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mla/new',
  component: lazyPage(() => import('./draft/MlaDraftPage'), 'MlaDraftPage'),
});

export const mlaRequestRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mla/$requestId',
  component: lazyPage(() => import('./request/MlaRequestPage'), 'MlaRequestPage'),
});

export const mlaDraftEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mla/$requestId/edit',
  component: lazyPage(() => import('./draft/MlaDraftEditPage'), 'MlaDraftEditPage'),
});

export const mlaRoutes = () => [mlaListRoute, mlaDraftRoute, mlaRequestRoute, mlaDraftEditRoute];
