// Shows an opened packet's facts (referral.json, schema 1 or 2) for people: sections in the order a reader needs them,
// every code in words in the page's language. The words are the PDF's own (referral/labels_<language>.properties),
// which the page carries as JSON in data-words; nothing here repeats them. Text only: nothing from the packet is ever
// read as HTML.

/** The words of one language: `word(key)`, and `coded(prefix, code)` for a code such as wish.UNPAID_WAGES. */
function wordsOf(words) {
  const word = (key) => (Object.hasOwn(words, key) ? words[key] : key);
  const coded = (prefix, code) => (code === null || code === undefined ? '—' : word(prefix + '.' + code));
  return {word, coded};
}

const time = (iso) => (iso ? String(iso).substring(0, 16).replace('T', ' ') + ' UTC' : '—');
const joined = (...parts) => parts.filter((p) => p !== null && p !== undefined && String(p).trim() !== '').join(' · ') || '—';

function element(tag, className) {
  const made = document.createElement(tag);
  if (className) {
    made.className = className;
  }
  return made;
}

/** A value on one or more lines: a string, a node (a link), or a list of them (empty ones left out). */
function lines(value) {
  const list = (Array.isArray(value) ? value : [value]).filter((v) => v !== null && v !== undefined && v !== '');
  const fragment = document.createDocumentFragment();
  (list.length ? list : ['—']).forEach((line, i) => {
    if (i > 0) {
      fragment.appendChild(element('br'));
    }
    fragment.appendChild(line instanceof Node ? line : document.createTextNode(String(line)));
  });
  return fragment;
}

function fields(rows) {
  const list = element('dl', 'facts');
  rows.filter((row) => row).forEach(([name, value]) => {
    list.appendChild(element('dt')).textContent = name;
    list.appendChild(element('dd')).appendChild(lines(value));
  });
  return list;
}

function bullets(items) {
  const list = element('ul');
  items.forEach((item) => list.appendChild(element('li')).appendChild(lines(item)));
  return list;
}

function paragraph(text) {
  const made = element('p');
  made.textContent = text;
  return made;
}

/** An address the packet names, as a link only when it is a plain https address. */
function link(url) {
  if (!/^https:\/\/[^\s"<>]+$/.test(String(url || ''))) {
    return url || null;
  }
  const made = element('a');
  made.href = url;
  made.rel = 'noopener noreferrer';
  made.target = '_blank';
  made.textContent = url;
  return made;
}

function section(id, title, parts) {
  const made = element('section', 'packet-section');
  made.id = 'facts-' + id;
  made.appendChild(element('h5')).textContent = title;
  parts.filter((part) => part).forEach((part) => made.appendChild(part));
  return made;
}

function reference(d, {word, coded}) {
  return section('reference', word('section.reference'), [fields([
    [word('field.caseReference'), d.caseReference],
    [word('field.urgency'), coded('urgency', d.urgency)],
    [word('field.createdAt'), time(d.createdAt)],
    [word('field.recipient'), joined(d.recipient.organisationName, coded('organisation', d.recipient.organisationType))],
    [word('field.packetId'), d.packetId],
  ])]);
}

/** The labour inspectorate's section, as the PDF lays it out (InspectoratePrintout). */
function inspectorate(x, {word, coded}) {
  const placeWithheld = x.withheld.some((c) => ['FEW_OTHERS', 'OTHERS_NOT_RECORDED', 'PRIVATE_HOME'].includes(c)); // AnonymousNotification.Warning.withholdsPlace
  const missing = placeWithheld ? word('text.withheld') : '—';
  const fact = (name, value, otherwise) => (value !== null && value !== undefined ? value
    : x.unknown.includes(name) ? word('text.unknown') : otherwise);
  const e = x.employer;
  const a = x.agency;
  const evidence = x.forcedLabourEvidence;
  return section('inspectorate', word('section.inspectorate'), [
    x.recorded ? null : paragraph(word('text.noWorkplaceFacts')),
    fields([
      [word('field.employer'), e ? [joined(e.name, e.address, e.registryNumber && word('field.registryNumber') + ' ' + e.registryNumber),
        e.privateHome === 'YES' ? word('text.privateHome') : null] : fact('EMPLOYER', null, missing)],
      [word('field.workplaces'), x.workplaces.length ? x.workplaces : fact('WORKPLACES', null, missing)],
      [word('field.agency'), a ? joined(a.name, a.country, a.registryNumber && word('field.agencyRegistry') + ' ' + a.registryNumber)
        : fact('AGENCY', null, '—')],
      [word('field.intermediary'), fact('INTERMEDIARY', x.intermediary, missing)],
      [word('field.sector'), x.sector ? coded('sector', x.sector) : fact('SECTOR', null, '—')],
      [word('field.othersAffected'), fact('OTHERS_AFFECTED', x.othersAffected === null ? null : String(x.othersAffected), '—')],
      [word('field.minorsAmongOthers'), coded('known', x.minorsAmongOthers)],
      [word('field.immediateDanger'), coded('known', x.immediateDanger)],
      [word('field.wishes'), x.wishes.length ? [x.wishes.map((c) => coded('wish', c)).join('; '), x.otherWish]
        : fact('WISHES', null, '—')],
    ]),
    x.withheld.length ? bullets(x.withheld.map((c) => coded('withheld', c))) : null,
    paragraph(word(evidence.length ? 'text.forcedLabourEvidence' : 'text.noForcedLabourEvidence')),
    evidence.length ? bullets(evidence.map((item) => [item.name + ' (' + word('field.' + item.dimension) + ')', ...item.answers])) : null,
  ]);
}

function legalFrame(provisions, {word, coded}) {
  return section('legal-frame', word('section.legalFrame'), [
    paragraph(word(provisions.length ? 'text.legalFrame' : 'text.noProvisions')),
    ...provisions.map((p) => provision(p.title, [p.summary, word('field.source') + ': ' + p.source, link(p.url), coded('status', p.status)])),
  ]);
}

/** One provision: its title as a heading (titles are long), then what it says, its source and review status. */
function provision(title, text) {
  const made = element('div', 'provision');
  made.appendChild(element('h6')).textContent = title;
  made.appendChild(element('p')).appendChild(lines(text));
  return made;
}

function assessment(d, {word, coded}) {
  const f = d.assessment;
  const evidence = d.labourInspectorate ? d.labourInspectorate.forcedLabourEvidence : [];
  const names = Object.fromEntries(evidence.map((e) => [e.item, e.name]));
  const items = (name, list) => {
    const found = list.filter((i) => i.evidencedBy.length).map((i) => names[i.id] || i.id);
    return found.length ? word(name) + ': ' + found.join(', ') : null;
  };
  const clauses = (list) => list.join(', ').replaceAll(' or ', ' ' + word('text.or') + ' ');
  return section('assessment', word('section.assessment'), [
    fields([
      [word('field.traffickingStatus'), coded('status', f.traffickingStatus)],
      [word('field.decidedBy'), f.statusDecidedBy],
      [word('field.riskLevel'), coded('risk', f.riskLevel)],
      [word('field.outcomes'), f.outcomes.map((o) => coded('outcome', o)).join('; ')],
      [word('field.exploitation'), f.typeOfExploitation.map((e) => coded('exploitation', e)).join('; ')],
      ...f.traffickingReadings.map((r) => [coded('reading', r.id), [word(r.indicated ? 'text.indicated' : 'text.notIndicated'),
        r.held.length ? word('text.held') + ': ' + clauses(r.held) : null,
        r.notHeld.length ? word('text.notHeld') + ': ' + clauses(r.notHeld) : null]]),
      [word('field.forcedLabour'), [word(f.forcedLabour.indicated ? 'text.indicated' : 'text.notIndicated'),
        items('field.involuntariness', f.forcedLabour.involuntariness), items('field.coercion', f.forcedLabour.coercion)]],
      f.urgentFlags.length ? [word('field.urgentFlags'), f.urgentFlags.map((u) => coded('flag', u)).join(', ')] : null,
    ]),
    ...f.explanation.map(paragraph),
  ]);
}

function indicators(d, {word, coded}) {
  return section('indicators', word('section.indicators'), [d.indicators.length ? bullets(d.indicators.map((i) => [i.text,
    joined(i.dimension, coded('phase', i.eventPhase), coded('strength', i.strength), i.observed ? word('text.observed') : null),
    i.askedInIntervieweeLanguage ? word('text.asked') + ': ' + i.askedInIntervieweeLanguage : null])) : paragraph(word('text.none'))]);
}

function person(p, {word, coded}) {
  return section('person', word('section.person'), [fields([
    [word('field.referral'), word(p.named ? 'text.named' : 'text.anonymous')],
    [word('field.minor'), word(p.isMinor ? 'text.yes' : 'text.no')],
    [word('field.ageBand'), coded('age', p.ageBand)],
    [word('field.gender'), coded('sex', p.gender)],
    [word('field.citizenship'), p.citizenship],
    p.named ? [word('field.nameOrAlias'), p.nameOrAlias] : null,
    p.named ? [word('field.dateOfBirth'), p.dateOfBirth] : null,
    p.named ? [word('field.document'), joined(p.documentType, p.documentNumber)] : null,
    p.named ? [word('field.contact'), p.contact] : null,
  ])]);
}

function context(d, {word, coded}) {
  const s = d.screening;
  return section('context', word('section.context'), [fields([
    [word('field.unit'), d.referrer.unitName],
    [word('field.placeType'), coded('place', d.referrer.placeType)],
    [word('field.checklist'), s.checklist],
    [word('field.profile'), s.profile],
    [word('field.completedAt'), time(s.completedAt)],
    [word('field.intervieweeLanguage'), s.intervieweeLanguage],
    [word('field.interpreter'), s.interpreterPresent ? word('text.yes') + (s.interpreterLanguage ? ' (' + s.interpreterLanguage + ')' : '')
      : word('text.noInterpreter')],
    [word('field.catalogue'), s.catalogue],
  ])]);
}

function nextSteps(n, {word, coded}) {
  return section('next-steps', word('section.nextSteps'), [
    paragraph(word(n.steps.length ? 'text.nextSteps' : 'text.noNextSteps')),
    n.steps.length ? bullets(n.steps.map((step) => step.text)) : null,
    fields([[word('field.source'), [n.sourceTitle, link(n.sourceUrl), coded('steps', n.status)]]]),
  ]);
}

function consents(d, {word, coded}) {
  return section('consent', word('section.consent'), [d.consents.length ? fields(d.consents.map((c) => [coded('purpose', c.purpose), [
    coded('consent', c.status) + ' · ' + time(c.recordedAt),
    word('field.told') + ': ' + (c.told.length ? c.told.map((t) => coded('told', t)).join(', ') : word('text.none')),
    c.representative ? word('field.representative') + ': ' + c.representative : null]])) : paragraph(word('text.noConsent'))]);
}

function closing(d, w) {
  const {word} = w;
  return [
    section('actions', word('section.actions'), [bullets(d.recommendedActions)]),
    d.nextSteps ? nextSteps(d.nextSteps, w) : null,
    consents(d, w),
    section('note', word('section.note'), [paragraph(d.referralNote === null ? word('text.noNote') : d.referralNote)]),
    section('contact', word('section.contact'), [fields([
      [word('field.officer'), d.referrer.officer],
      [word('field.unit'), d.referrer.unitName + ' (' + d.referrer.unitCode + ')'],
      d.referrer.contact ? [word('field.contact'), d.referrer.contact] : null,
    ])]),
  ];
}

/**
 * The packet's facts as sections. A labour inspectorate reads where, who employs, who recruited, how many, which
 * evidence, what the worker wants and which provisions apply first, then the findings, then the rest; everyone else
 * reads them in the PDF's order (the person and the findings first).
 */
export function renderFacts(d, words) {
  const w = wordsOf(words);
  const forInspectorate = d.recipient && d.recipient.organisationType === 'LABOUR_INSPECTORATE' && d.labourInspectorate;
  const workplace = d.labourInspectorate ? inspectorate(d.labourInspectorate, w) : null;
  const provisions = d.legalFrame ? legalFrame(d.legalFrame, w) : null;
  const order = forInspectorate
    ? [reference(d, w), workplace, provisions, assessment(d, w), indicators(d, w), person(d.person, w), context(d, w)]
    : [reference(d, w), context(d, w), person(d.person, w), indicators(d, w), assessment(d, w), workplace, provisions];
  const fragment = document.createDocumentFragment();
  [...order, ...closing(d, w)].filter((part) => part).forEach((part) => fragment.appendChild(part));
  return fragment;
}
