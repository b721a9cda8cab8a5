import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { RecommendationRow } from '../recommendation-format';

/** The results of a search, one row per recommendation; each row links to its detail page. */
@Component({
  selector: 'app-recommendations-table',
  imports: [RouterLink],
  templateUrl: './recommendations-table.html',
  styleUrl: './recommendations-table.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RecommendationsTable {
  readonly rows = input.required<readonly RecommendationRow[]>();
  /** Id of the element that names the table (the results heading). */
  readonly labelledBy = input<string | null>(null);
}
