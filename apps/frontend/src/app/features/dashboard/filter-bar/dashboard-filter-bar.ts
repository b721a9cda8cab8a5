import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MECHANISM_LABELS, RESPONSE_LABELS } from '../../recommendations/recommendation-labels';
import type { Reference } from '../dashboard.api';
import { M49_REGIONS, REGIONAL_GROUPS } from '../dashboard.api';
import { DASHBOARD_FILTER_KEYS, emptyDashboardFilters, hasFilters, withFilter, type DashboardFilterKey, type DashboardFilters } from '../dashboard-filters';
import { M49_REGION_LABELS, REGIONAL_GROUP_LABELS } from '../dashboard-labels';

interface Choice {
  readonly value: string;
  readonly label: string;
}

interface FilterField {
  readonly key: Exclude<DashboardFilterKey, 'state'>;
  readonly label: string;
  readonly choices: readonly Choice[];
}

const FIELD_LABELS: Readonly<Record<FilterField['key'], string>> = {
  mechanism: $localize`:Filter of the dashboard@@dashboard.filter.mechanism:Mechanism`,
  body: $localize`:Filter of the dashboard; e.g. UPR, Human Rights Committee@@dashboard.filter.body:Body`,
  cycle: $localize`:Filter of the dashboard@@dashboard.filter.cycle:UPR cycle`,
  regionalGroup: $localize`:Filter of the dashboard@@dashboard.filter.regionalGroup:UN regional group`,
  region: $localize`:Filter of the dashboard@@dashboard.filter.region:Region (UN M49)`,
  theme: $localize`:Filter of the dashboard@@dashboard.filter.theme:Theme`,
  sdg: $localize`:Filter of the dashboard; Sustainable Development Goal@@dashboard.filter.sdg:SDG`,
  response: $localize`:Filter of the dashboard@@dashboard.filter.response:Response of the State`,
};

function codeChoices(labels: Readonly<Record<string, string>>, codes: readonly string[] = Object.keys(labels)): Choice[] {
  return codes.map((code) => ({ value: code, label: labels[code] ?? code }));
}

/**
 * The dashboard's filters as one select each ("All" or one value). Presentational: it says which
 * filters the person chose; the page puts them in the address.
 */
@Component({
  selector: 'app-dashboard-filter-bar',
  template: `
    <form class="filter-bar" (submit)="$event.preventDefault()" aria-labelledby="dashboard-filters-heading">
      <h2 id="dashboard-filters-heading" class="filter-bar__heading" i18n="@@dashboard.filter.heading">Filters</h2>
      <div class="filter-bar__fields">
        @for (field of fields(); track field.key) {
          <div class="filter-bar__field">
            <label [for]="'dashboard-filter-' + field.key">{{ field.label }}</label>
            <select [id]="'dashboard-filter-' + field.key" [value]="selected(field.key)" (change)="choose(field.key, $event)">
              <option value="" i18n="@@dashboard.filter.all">All</option>
              @for (choice of field.choices; track choice.value) {
                <option [value]="choice.value" [selected]="selected(field.key) === choice.value">{{ choice.label }}</option>
              }
            </select>
          </div>
        }
      </div>
      @if (active()) {
        <button type="button" class="link-button" (click)="clear()" i18n="@@dashboard.filter.clear">Clear the filters</button>
      }
    </form>
  `,
  styles: `
    .filter-bar {
      padding-block: 0.75rem;
      padding-inline: 1rem;
      border: 1px solid var(--color-border);
      border-radius: 0.375rem;
      background: var(--color-surface-alt);
    }
    .filter-bar__heading {
      margin-block: 0 0.5rem;
      font-size: 1rem;
    }
    .filter-bar__fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      gap: 0.5rem 1rem;
      margin-block-end: 0.5rem;
    }
    .filter-bar__field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .filter-bar__field select {
      inline-size: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardFilterBar {
  readonly filters = input.required<DashboardFilters>();
  /** Bodies, themes, SDGs and cycles; null while loading (those selects then offer "All" only). */
  readonly reference = input.required<Reference | null>();
  readonly filtersChange = output<DashboardFilters>();

  protected readonly active = computed(() => hasFilters(this.filters()));

  protected readonly fields = computed((): FilterField[] => {
    const reference = this.reference();
    const choices: Record<FilterField['key'], readonly Choice[]> = {
      mechanism: codeChoices(MECHANISM_LABELS),
      body: (reference?.bodies ?? []).map((b) => ({ value: b.code, label: b.code === b.name ? b.name : `${b.code} – ${b.name}` })),
      cycle: (reference?.cycles ?? []).map((c) => ({ value: String(c.cycle), label: $localize`:UPR cycle number@@dashboard.cycle:Cycle ${String(c.cycle)}:cycle:` })),
      regionalGroup: codeChoices(REGIONAL_GROUP_LABELS, REGIONAL_GROUPS),
      region: codeChoices(M49_REGION_LABELS, M49_REGIONS),
      theme: (reference?.themes ?? []).map((t) => ({ value: t.code, label: t.name })),
      sdg: (reference?.sdgs ?? []).filter((s) => s.kind === 'goal').map((s) => ({ value: s.code, label: `${s.code} – ${s.title}` })),
      response: codeChoices(RESPONSE_LABELS),
    };
    return DASHBOARD_FILTER_KEYS.filter((key): key is FilterField['key'] => key !== 'state').map((key) => ({ key, label: FIELD_LABELS[key], choices: choices[key] }));
  });

  protected selected(key: FilterField['key']): string {
    return this.filters()[key].at(0) ?? '';
  }

  protected choose(key: FilterField['key'], event: Event): void {
    this.filtersChange.emit(withFilter(this.filters(), key, (event.target as HTMLSelectElement).value));
  }

  protected clear(): void {
    this.filtersChange.emit(emptyDashboardFilters());
  }
}
