import { DOCUMENT, LocationStrategy } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { classOf, NO_DATA_COLOR, type MapClass, type MapCountry } from '../choropleth';
import { countryShapes, MAP_HEIGHT, MAP_WIDTH } from './world-geometry';

interface DrawnCountry {
  readonly key: string;
  readonly path: string;
  readonly color: string;
  /** Set for a State with data: a link to its profile. */
  readonly link: { readonly iso3: string; readonly href: string; readonly label: string } | null;
}

/**
 * A choropleth of the States (SVG, Equal Earth projection). Every State with data is a link to its
 * profile — focusable with the keyboard, named by its figure — and the legend lists every class.
 * Presentational: the States come already shaped (choropleth.ts); the page shows the same data as
 * a table, which a button skips to.
 */
@Component({
  selector: 'app-world-map',
  template: `
    <figure class="world-map">
      <button type="button" class="link-button world-map__skip" (click)="skip()" i18n="@@dashboard.map.skip">Skip the map, go to the table</button>
      <svg class="world-map__svg" [attr.viewBox]="viewBox" role="group" [attr.aria-label]="label()" focusable="false">
        @for (country of drawn(); track country.key) {
          @if (country.link; as link) {
            <a class="world-map__link" [attr.href]="link.href" [attr.aria-label]="link.label" (click)="open($event, link.iso3)">
              <title>{{ link.label }}</title>
              <path class="world-map__country" [attr.d]="country.path" [attr.fill]="country.color" />
            </a>
          } @else {
            <path class="world-map__country world-map__country--empty" [attr.d]="country.path" [attr.fill]="country.color" aria-hidden="true" />
          }
        }
      </svg>
      <figcaption class="world-map__legend">
        <span class="world-map__legend-title">{{ legendTitle() }}</span>
        <ul class="world-map__classes">
          @for (c of classes(); track c.color) {
            <li><span class="world-map__swatch" [style.background-color]="c.color" aria-hidden="true"></span>{{ c.label }}</li>
          }
          <li><span class="world-map__swatch" [style.background-color]="noDataColor" aria-hidden="true"></span><span i18n="@@dashboard.map.noData">No data</span></li>
        </ul>
      </figcaption>
    </figure>
  `,
  styles: `
    :host {
      display: block;
    }
    .world-map {
      margin: 0;
    }
    .world-map__svg {
      display: block;
      inline-size: 100%;
      block-size: auto;
      direction: ltr;
    }
    .world-map__country {
      stroke: #1b1b1b;
      stroke-width: 0.4;
    }
    .world-map__link:focus,
    .world-map__link:hover {
      outline: none;
    }
    .world-map__link:focus .world-map__country,
    .world-map__link:hover .world-map__country {
      stroke: #000;
      stroke-width: 2.5;
    }
    .world-map__link:focus-visible .world-map__country {
      stroke: #ffbf47;
      stroke-width: 3;
    }
    .world-map__legend {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin-block-start: 0.5rem;
    }
    .world-map__legend-title {
      font-weight: 600;
    }
    .world-map__classes {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .world-map__classes li {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
    }
    .world-map__swatch {
      display: inline-block;
      inline-size: 1.25rem;
      block-size: 1rem;
      border: 1px solid #1b1b1b;
    }
    .world-map__skip {
      margin-block-end: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorldMap {
  private readonly router = inject(Router);
  private readonly location = inject(LocationStrategy);
  private readonly document = inject(DOCUMENT);

  readonly countries = input.required<readonly MapCountry[]>();
  readonly classes = input.required<readonly MapClass[]>();
  /** The map's name, e.g. the indicator it shows. */
  readonly label = input.required<string>();
  readonly legendTitle = input.required<string>();
  /** Id of the element the skip button moves the focus to (the table of the same data). */
  readonly skipTo = input.required<string>();

  protected readonly viewBox = `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`;
  protected readonly noDataColor = NO_DATA_COLOR;

  protected readonly drawn = computed((): DrawnCountry[] => {
    const byM49 = new Map(this.countries().map((c) => [c.m49, c]));
    return countryShapes().map((shape, i) => {
      const country = byM49.get(shape.m49);
      if (country === undefined) return { key: `${shape.m49}-${i}`, path: shape.path, color: NO_DATA_COLOR, link: null };
      const color = country.value === null ? NO_DATA_COLOR : (classOf(country.value, this.classes())?.color ?? NO_DATA_COLOR);
      return { key: shape.m49, path: shape.path, color, link: { iso3: country.iso3, href: this.href(country.iso3), label: country.label } };
    });
  });

  private href(iso3: string): string {
    return this.location.prepareExternalUrl(this.router.serializeUrl(this.router.createUrlTree(['/states', iso3])));
  }

  protected open(event: Event, iso3: string): void {
    event.preventDefault();
    void this.router.navigate(['/states', iso3]);
  }

  protected skip(): void {
    this.document.getElementById(this.skipTo())?.focus();
  }
}
