import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import DataLoader from 'dataloader';
import { requestOf } from './request-context.decorator';

/** Loads the values of many parent ids at once, one value per key and in key order. */
export type BatchLoad<V> = (keys: readonly string[]) => Promise<V[]>;

/**
 * The DataLoaders of one GraphQL request. Field resolvers of a list's rows share them, so
 * the rows' children are read with one query per field instead of one per row.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  /**
   * The loader named `name` (by convention `context.field`), made from `batch` the first
   * time this request asks for it. A name always stands for one batch function and value type.
   */
  loader<V>(name: string, batch: BatchLoad<V>): DataLoader<string, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      // No memoisation: mutations of one operation run in turn and change these rows, so a
      // field read after them must see fresh data, exactly as the unbatched resolvers did.
      loader = new DataLoader<string, unknown>(batch, { cache: false });
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<string, V>;
  }

  /** Shorthand for `loader(name, batch).load(key)`. */
  load<V>(name: string, batch: BatchLoad<V>, key: string): Promise<V> {
    return this.loader(name, batch).load(key);
  }
}

// Keyed by the request object itself, so the loaders are dropped with the request.
const byRequest = new WeakMap<object, RequestLoaders>();

/** The loaders of this request (one set per request object, created on first use). */
export function loadersOf(request: object): RequestLoaders {
  let loaders = byRequest.get(request);
  if (!loaders) {
    loaders = new RequestLoaders();
    byRequest.set(request, loaders);
  }
  return loaders;
}

/** The current GraphQL request's loaders, for field resolvers. */
export const Loaders = createParamDecorator((_: unknown, context: ExecutionContext): RequestLoaders => loadersOf(requestOf(context)));
