import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../app/lazy-page';
import { rootRoute } from '../app/router';

// Lazy: the charting library comes with this page only, never with My desk.
export const statisticsRoutes = () => [
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/statistics',
    component: lazyPage(() => import('./StatisticsPage'), 'StatisticsPage'),
  }),
];
