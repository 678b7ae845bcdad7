import type { FeedSplit } from '../config/config-file.js';
import { programmeAudiences, type Audience } from '../programme/audience.js';
import type { Session } from '../programme/model.js';

/**
 * The audiences that get a calendar of their own: every audience when the split is set to
 * `audience` (config file, `--split`, the Action's input); none when it is `none`; else
 * those whose feed was written before (`build --split audience` once), so that a later
 * plain `build` keeps them fresh instead of leaving subscribers on a stale feed.
 */
export function audiencesWithFeeds(sessions: readonly Session[], split: FeedSplit | undefined, feedExists: (audience: Audience) => boolean): Audience[] {
  if (split === 'none') return [];
  const audiences = programmeAudiences(sessions);
  return split === 'audience' ? audiences : audiences.filter(feedExists);
}
