/** One screenshot of the gallery. */
export interface GalleryShot {
  /** The widget's tag, e.g. `club-member-card`. */
  widget: string;
  /** The state it was taken in, e.g. `loading`. */
  state: string;
  locale: string;
  /** The viewport width in CSS pixels. */
  width: number;
  /** The image's address relative to the page. */
  file: string;
}

/** How the gallery's page orders and names its screenshots. */
export interface GalleryIndexOptions {
  title: string;
  /** The widgets in the order they are shown; others follow by name. */
  widgets?: readonly string[];
  /** The states in the order they are shown within a widget; others follow by name. */
  states?: readonly string[];
  /** The locales in the order they are shown within a state; others follow. */
  locales?: readonly string[];
}

/** The gallery's HTML page: `shots` grouped by widget, then state, each captioned with widget, state, locale and width. */
export function galleryIndex(shots: readonly GalleryShot[], options: GalleryIndexOptions): string;
