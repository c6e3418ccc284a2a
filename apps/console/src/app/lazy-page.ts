import { lazyRouteComponent } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { activeMessagesReady } from '../i18n/messages';

/**
 * A page whose code loads when it is first opened, shown once its words are there in the
 * reader's language too (its module registers its catalogue as it loads).
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(load: () => Promise<M>, name: K) {
  return lazyRouteComponent(async () => {
    const page = await load();
    await activeMessagesReady();
    return page;
  }, name);
}
