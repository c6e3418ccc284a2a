import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../app/lazy-page';
import { rootRoute } from '../app/router';

export const accountRoutes = () => [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/account',
    component: lazyPage(() => import('./AccountPage'), 'AccountPage'),
  }),
];
