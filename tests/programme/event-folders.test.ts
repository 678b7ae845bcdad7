/*
 * A site keeps its events one page each in a section named after them (`_events/`,
 * `content/concerts/<programme>/<town>/index.md`, `sorties/`): the folder files the page as
 * an event's, so its `date:` is the event's day and hour, not the day a post was written.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/engine/pipeline.js';
import { sessionToJson } from '../../src/report/session-json.js';

const concert = ['---', 'title: "L\'orchestre joue les danses !"', 'date: 2026-01-17T20:00:00', 'summary: "Théâtre municipal"', '---', '', '> Pavane, Danses hongroises, Bacchanale.', '', 'Billetterie en [ligne](https://example.org).', ''].join('\n');

const read = (path: string) =>
  checkText('index.md', concert, { language: 'en', timezone: 'Europe/Paris', referenceDate: () => undefined, repositoryPath: () => path })
    .programme.sessions.map(sessionToJson)
    .map((s) => [s.line, s.days.join(' '), s.times.map((t) => `${t.start}-${t.end ?? ''}`).join(',')]);

describe('a page in a folder of events', () => {
  it('is a session on its `date:` when its folder names a kind of event (concerts, spectacles, sorties)', () => {
    expect(read('site/content/concerts/danses/le-quesnoy/index.md')).toEqual([[2, '2026-01-17', '20:00-']]);
    expect(read('site/content/spectacles/2026-danses.md')).toEqual([[2, '2026-01-17', '20:00-']]);
  });

  it('is a post like any other in a folder of posts: its `date:` is when it was written', () => {
    expect(read('site/content/posts/danses/index.md')).toEqual([]);
  });
});
