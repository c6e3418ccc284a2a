import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../app/router';
import { validateMlaSearch } from './search';

export const mlaListRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mla',
  validateSearch: validateMlaSearch,
  component: lazyRouteComponent(() => import('./MlaListPage'), 'MlaListPage'),
});

export const mlaDraftRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mla/new',
  component: lazyRouteComponent(() => import('./draft/MlaDraftPage'), 'MlaDraftPage'),
});

export const mlaRequestRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mla/$requestId',
  component: lazyRouteComponent(() => import('./request/MlaRequestPage'), 'MlaRequestPage'),
});

export const mlaDraftEditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mla/$requestId/edit',
  component: lazyRouteComponent(() => import('./draft/MlaDraftEditPage'), 'MlaDraftEditPage'),
});

export const mlaRoutes = () => [mlaListRoute, mlaDraftRoute, mlaRequestRoute, mlaDraftEditRoute];
