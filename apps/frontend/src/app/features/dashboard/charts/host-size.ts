import { DestroyRef, ElementRef, afterNextRender, inject, signal, type Signal } from '@angular/core';

/** Until the box is measured (and where it cannot be, as in unit tests). */
const FALLBACK: [number, number] = [640, 320];

/**
 * The size of the calling component's element, in whole pixels, followed with a ResizeObserver:
 * ngx-charts draws at a given size and only re-measures on window resizes. Call in a constructor
 * or field initialiser.
 */
export function hostSize(): Signal<[number, number]> {
  const element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  const destroyRef = inject(DestroyRef);
  const size = signal<[number, number]>(FALLBACK);
  afterNextRender(() => {
    const measure = (): void => {
      const { width, height } = element.getBoundingClientRect();
      if (width > 0 && height > 0) size.set([Math.floor(width), Math.floor(height)]);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    destroyRef.onDestroy(() => observer.disconnect());
  });
  return size.asReadonly();
}
