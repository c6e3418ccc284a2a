import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../app/router';

export const deskRoutes = () => [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/',
    component: lazyRouteComponent(() => import('./DeskPage'), 'DeskPage'),
  }),
];
