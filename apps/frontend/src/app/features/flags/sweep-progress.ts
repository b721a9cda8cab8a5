import type { SweepDto } from '../../api/models';

/** Share of the sweep's States evaluated (done or failed), 0–100; 0 until it has fanned out. */
export function sweepPercent(sweep: Pick<SweepDto, 'total' | 'done' | 'failed'>): number {
  if (sweep.total <= 0) return 0;
  return Math.min(100, Math.round(((sweep.done + sweep.failed) / sweep.total) * 100));
}

/** "12 of 193 States evaluated", with failures when there are some. */
export function sweepProgressText(sweep: Pick<SweepDto, 'total' | 'done' | 'failed' | 'running'>): string {
  if (sweep.running && sweep.total === 0) return $localize`:Progress of a sweep before it has started@@flags.sweep.starting:Starting…`;
  const base = $localize`:Progress of a sweep@@flags.sweep.progress:${sweep.done}:done: of ${sweep.total}:total: States evaluated`;
  return sweep.failed > 0 ? `${base} · ${$localize`:Failed States of a sweep@@flags.sweep.failed:${sweep.failed}:failed: failed`}` : base;
}
