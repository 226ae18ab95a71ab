import { describe, expect, it } from 'vitest';
import { galleryIndex, type GalleryShot } from '../../scripts/gallery-index.mjs';

const shot = (widget: string, state: string, locale: string, width: number): GalleryShot => ({
  widget,
  state,
  locale,
  width,
  file: `${widget}--${state}--${locale}--${width}.png`,
});

const order = {
  title: 'Gallery',
  widgets: ['club-member-card', 'club-complaint-form'],
  states: ['empty', 'loading', 'filled'],
  locales: ['zh-Hant', 'zh-Hans', 'en'],
};

/** The page's headings and captions, in the order they appear. */
function outline(html: string): string[] {
  return [...html.matchAll(/<h2>(.*?)<\/h2>|<h3>(.*?)<\/h3>|<figcaption>(.*?)<\/figcaption>/g)].map((m) =>
    m[1] !== undefined ? `## ${m[1]}` : m[2] !== undefined ? `### ${m[2]}` : (m[3] ?? ''),
  );
}

describe('the gallery page', () => {
  it('groups the screenshots by widget, then state, in the given orders, each captioned with widget, state, locale and width', () => {
    const html = galleryIndex(
      [
        shot('club-complaint-form', 'filled', 'en', 390),
        shot('club-member-card', 'loading', 'en', 1280),
        shot('club-member-card', 'empty', 'zh-Hans', 390),
        shot('club-member-card', 'loading', 'zh-Hant', 1280),
        shot('club-member-card', 'loading', 'zh-Hant', 390),
        shot('club-member-card', 'empty', 'zh-Hant', 390),
      ],
      order,
    );
    expect(outline(html)).toEqual([
      '## club-member-card',
      '### empty',
      'club-member-card · empty · zh-Hant · 390 px',
      'club-member-card · empty · zh-Hans · 390 px',
      '### loading',
      'club-member-card · loading · zh-Hant · 390 px',
      'club-member-card · loading · zh-Hant · 1280 px',
      'club-member-card · loading · en · 1280 px',
      '## club-complaint-form',
      '### filled',
      'club-complaint-form · filled · en · 390 px',
    ]);
    expect(html).toContain('<img src="club-member-card--loading--en--1280.png"');
    expect(html).toContain('6 screenshots');
  });

  it('puts widgets and states it was not told about after the known ones, by name', () => {
    const html = galleryIndex(
      [
        shot('club-zeta', 'b-state', 'en', 390),
        shot('club-alpha', 'a-state', 'en', 390),
        shot('club-member-card', 'zzz', 'en', 390),
        shot('club-member-card', 'empty', 'en', 390),
      ],
      order,
    );
    expect(outline(html).filter((line) => line.startsWith('#'))).toEqual([
      '## club-member-card',
      '### empty',
      '### zzz',
      '## club-alpha',
      '### a-state',
      '## club-zeta',
      '### b-state',
    ]);
  });

  it('escapes what it writes into the markup', () => {
    const html = galleryIndex([{ ...shot('club-x', '<b>"bold"</b>', 'en', 390), file: 'a"b.png' }], { title: 'A & B' });
    expect(html).toContain('<title>A &#38; B</title>');
    expect(html).toContain('<h3>&#60;b&#62;&#34;bold&#34;&#60;/b&#62;</h3>');
    expect(html).toContain('src="a&#34;b.png"');
    expect(html).not.toContain('<b>');
  });

  it('writes a page with no screenshots when there are none', () => {
    const html = galleryIndex([], { title: 'Gallery' });
    expect(html).toContain('0 screenshots');
    expect(outline(html)).toEqual([]);
  });
});
