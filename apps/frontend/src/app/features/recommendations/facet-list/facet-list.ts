import { DecimalPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import type { FacetOption } from '../facet-groups';

export interface FacetToggle {
  readonly value: string;
  readonly selected: boolean;
}

/** Lists longer than this get a box to narrow them down. */
export const FACET_SEARCH_THRESHOLD = 12;

let nextId = 0;

/**
 * A collapsible group of checkboxes, one per value of a filter dimension, each with the number
 * of matching recommendations. Long lists show the first few options (and every selected one)
 * until "Show all" is pressed.
 */
@Component({
  selector: 'app-facet-list',
  imports: [DecimalPipe],
  templateUrl: './facet-list.html',
  styleUrl: './facet-list.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FacetList {
  readonly legend = input.required<string>();
  readonly options = input.required<readonly FacetOption[]>();
  /** Whether the panel starts open; the user can open and close it afterwards. */
  readonly expanded = input(false);
  /** How many options show before "Show all". */
  readonly collapsedLimit = input(8);
  readonly toggled = output<FacetToggle>();

  protected readonly id = `facet-${nextId++}`;
  protected readonly showAll = signal(false);
  protected readonly narrowBy = signal('');

  protected readonly selectedCount = computed(() => this.options().filter((option) => option.selected).length);
  protected readonly searchable = computed(() => this.options().length > FACET_SEARCH_THRESHOLD);
  protected readonly collapsible = computed(() => this.options().length > this.collapsedLimit());

  protected readonly visibleOptions = computed<readonly FacetOption[]>(() => {
    const options = this.options();
    const term = this.narrowBy().trim().toLocaleLowerCase();
    if (term !== '') {
      return options.filter((option) => option.selected || option.label.toLocaleLowerCase().includes(term));
    }
    if (this.showAll() || !this.collapsible()) {
      return options;
    }
    const limit = this.collapsedLimit();
    return options.filter((option, index) => index < limit || option.selected);
  });

  protected toggle(option: FacetOption, selected: boolean): void {
    this.toggled.emit({ value: option.value, selected });
  }
}
