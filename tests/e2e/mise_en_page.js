() => {
  const decrire = (el) => {
    let nom = el.tagName.toLowerCase();
    if (el.id) nom += '#' + el.id;
    const classes = [...el.classList].filter((c) => !c.startsWith('fr-m') && !c.startsWith('fr-p'));
    if (classes.length) nom += '.' + classes.slice(0, 3).join('.');
    const texte = (el.innerText || el.getAttribute('alt') || '').trim().split('\n')[0].slice(0, 50);
    return texte ? `${nom} « ${texte} »` : nom;
  };
  // drawn on screen (not in a closed <details>, not hidden) and in the page's flow
  const visible = (el) => {
    if (!el.checkVisibility({visibilityProperty: true, contentVisibilityAuto: true})) return false;
    return getComputedStyle(el).position !== 'fixed';
  };
  const racine = document.documentElement;
  const resultat = {largeur: racine.scrollWidth, fenetre: racine.clientWidth, debordants: [],
                    sousLePied: [], images: [], tableaux: [], liens: []};

  // elements wider than the screen, the outermost ones only
  if (racine.scrollWidth > racine.clientWidth) {
    for (const el of document.body.querySelectorAll('*')) {
      if (!visible(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.right > racine.clientWidth + 1 && !resultat.debordants.some((d) => d.el.contains(el))) {
        resultat.debordants.push({el, texte: `${decrire(el)} (${Math.round(r.right)} px)`});
      }
      if (resultat.debordants.length >= 3) break;
    }
  }
  resultat.debordants = resultat.debordants.map((d) => d.texte);

  // elements of <main> drawn over or past the footer, the outermost ones only
  const pied = document.querySelector('footer');
  const main = document.querySelector('main');
  if (pied && main) {
    const haut = pied.getBoundingClientRect().top;
    const trouves = [];
    for (const el of main.querySelectorAll('*')) {
      if (!visible(el) || trouves.some((t) => t.contains(el))) continue;
      if (el.closest('.fr-modal, dialog, [hidden]')) continue;
      const r = el.getBoundingClientRect();
      if (r.height > 0 && r.bottom > haut + 1) {
        trouves.push(el);
        resultat.sousLePied.push(`${decrire(el)} (${Math.round(r.bottom - haut)} px sous le haut du pied de page)`);
      }
      if (trouves.length >= 3) break;
    }
  }

  for (const img of document.querySelectorAll('img')) {
    if (!img.hasAttribute('width') || !img.hasAttribute('height')) {
      resultat.images.push(decrire(img) + ' ' + (img.getAttribute('src') || '').slice(0, 60));
    }
  }

  // a table wider than its container must sit in an element that scrolls sideways
  for (const table of document.querySelectorAll('table')) {
    if (!visible(table)) continue;
    const parent = table.parentElement;
    const propre = getComputedStyle(table).overflowX;
    if (table.scrollWidth > table.clientWidth + 1 && propre !== 'auto' && propre !== 'scroll') {
      resultat.tableaux.push(`table coupée (${table.scrollWidth} px affichés dans ${table.clientWidth} px)`);
      continue;
    }
    if (table.offsetWidth <= parent.clientWidth + 1) continue;
    let defile = false;
    for (let el = parent; el && el !== document.body; el = el.parentElement) {
      const overflow = getComputedStyle(el).overflowX;
      if (overflow === 'auto' || overflow === 'scroll') { defile = true; break; }
    }
    if (!defile) {
      const legende = table.caption ? table.caption.innerText.trim().slice(0, 50) : '';
      resultat.tableaux.push(`table${legende ? ' « ' + legende + ' »' : ''} (${table.offsetWidth} px dans ${parent.clientWidth} px)`);
    }
  }

  for (const a of document.querySelectorAll('a[href]')) {
    resultat.liens.push({href: a.href, dansMain: !!a.closest('main'), telecharge: a.hasAttribute('download')});
  }
  resultat.navigation = [...document.querySelectorAll('#navigation-principale a[href]')].map((a) => a.href);
  return resultat;
}
