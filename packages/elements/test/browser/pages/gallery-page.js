// Page logic of gallery.html (the gallery's page, one widget at a time): `?widget=club-…` names
// the widget and `?locale=` its language, set before the widgets' script upgrades them.
const widgets = {
  'club-member-card': {},
  'club-complaint-form': {},
  'club-merchant-directory': { tier: 'vip' },
  'club-vip-offer': { categories: 'car-wash dining' },
  'club-vip-activities': {},
};
const locales = ['zh-Hant', 'zh-Hans', 'en'];

const params = new URLSearchParams(location.search);
const tag = params.get('widget') ?? '';
const locale = params.get('locale') ?? 'zh-Hant';
const attributes = widgets[tag];
if (!Object.hasOwn(widgets, tag) || !locales.includes(locale))
  throw new Error(`gallery.html: no widget ${tag} in ${locale}`);

document.documentElement.lang = locale;
const provider = document.querySelector('club-provider');
provider.setAttribute('locale', locale);
const widget = document.createElement(tag);
widget.id = 'widget';
for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
provider.append(widget);
