/**
 * The 17 Sustainable Development Goals and their 169 targets (GA resolution 70/1, "Transforming
 * our world: the 2030 Agenda for Sustainable Development"; target list as in the global indicator
 * framework, A/RES/71/313). Target titles are short paraphrases for display, not the official text.
 */

export interface SdgGoal {
  readonly kind: 'goal';
  /** 1–17. */
  readonly number: number;
  /** The goal number as text: '5'. */
  readonly code: string;
  /** Short title: 'Gender equality'. */
  readonly title: string;
}

export interface SdgTarget {
  readonly kind: 'target';
  /** The goal the target belongs to. */
  readonly goal: number;
  /** '1.1', '1.a', '16.10', '17.19'. */
  readonly code: string;
  /** Short title. */
  readonly title: string;
}

export type SdgReference = SdgGoal | SdgTarget;

const GOAL_TITLES: readonly string[] = [
  'No poverty',
  'Zero hunger',
  'Good health and well-being',
  'Quality education',
  'Gender equality',
  'Clean water and sanitation',
  'Affordable and clean energy',
  'Decent work and economic growth',
  'Industry, innovation and infrastructure',
  'Reduced inequalities',
  'Sustainable cities and communities',
  'Responsible consumption and production',
  'Climate action',
  'Life below water',
  'Life on land',
  'Peace, justice and strong institutions',
  'Partnerships for the goals',
];

export const SDG_GOALS: readonly SdgGoal[] = GOAL_TITLES.map((title, i) => ({
  kind: 'goal',
  number: i + 1,
  code: String(i + 1),
  title,
}));

const TARGET_ROWS: readonly (readonly [code: string, title: string])[] = [
  ['1.1', 'Eradicate extreme poverty'],
  ['1.2', 'Reduce poverty in all its dimensions by at least half'],
  ['1.3', 'Social protection systems and floors for all'],
  ['1.4', 'Equal rights to economic resources and access to basic services'],
  ['1.5', 'Resilience of the poor to disasters and shocks'],
  ['1.a', 'Mobilize resources to end poverty'],
  ['1.b', 'Pro-poor and gender-sensitive policy frameworks'],

  ['2.1', 'End hunger and ensure access to safe, nutritious food'],
  ['2.2', 'End all forms of malnutrition'],
  ['2.3', 'Double the productivity and incomes of small-scale food producers'],
  ['2.4', 'Sustainable food production and resilient agriculture'],
  ['2.5', 'Genetic diversity of seeds, plants and animals'],
  ['2.a', 'Investment in rural infrastructure and agricultural research'],
  ['2.b', 'Correct and prevent trade restrictions in world agricultural markets'],
  ['2.c', 'Proper functioning of food commodity markets'],

  ['3.1', 'Reduce maternal mortality'],
  ['3.2', 'End preventable deaths of newborns and children under 5'],
  ['3.3', 'End the epidemics of AIDS, tuberculosis, malaria and neglected tropical diseases'],
  ['3.4', 'Reduce premature mortality from non-communicable diseases; promote mental health'],
  ['3.5', 'Prevention and treatment of substance abuse'],
  ['3.6', 'Halve deaths and injuries from road traffic accidents'],
  ['3.7', 'Universal access to sexual and reproductive health-care services'],
  ['3.8', 'Universal health coverage'],
  ['3.9', 'Reduce deaths and illnesses from hazardous chemicals and pollution'],
  ['3.a', 'Implement the WHO Framework Convention on Tobacco Control'],
  ['3.b', 'Research on vaccines and medicines; access to affordable essential medicines'],
  ['3.c', 'Health financing and health workforce in developing countries'],
  ['3.d', 'Early warning, risk reduction and management of health risks'],

  ['4.1', 'Free, equitable and quality primary and secondary education'],
  ['4.2', 'Early childhood development and pre-primary education'],
  ['4.3', 'Equal access to technical, vocational and tertiary education'],
  ['4.4', 'Relevant skills for employment, decent jobs and entrepreneurship'],
  ['4.5', 'Eliminate disparities in education'],
  ['4.6', 'Literacy and numeracy'],
  ['4.7', 'Education for sustainable development and global citizenship'],
  ['4.a', 'Safe, inclusive and effective learning environments'],
  ['4.b', 'Scholarships for developing countries'],
  ['4.c', 'Supply of qualified teachers'],

  ['5.1', 'End discrimination against women and girls'],
  ['5.2', 'Eliminate violence against women and girls'],
  ['5.3', 'Eliminate harmful practices such as child marriage and female genital mutilation'],
  ['5.4', 'Recognize and value unpaid care and domestic work'],
  ['5.5', "Women's full participation and equal opportunities for leadership"],
  ['5.6', 'Universal access to sexual and reproductive health and reproductive rights'],
  ['5.a', 'Equal rights of women to economic resources'],
  ['5.b', "Enabling technology to promote women's empowerment"],
  ['5.c', 'Policies and enforceable legislation for gender equality'],

  ['6.1', 'Safe and affordable drinking water for all'],
  ['6.2', 'Sanitation and hygiene for all; end open defecation'],
  ['6.3', 'Improve water quality; reduce pollution'],
  ['6.4', 'Water-use efficiency and sustainable freshwater supply'],
  ['6.5', 'Integrated water resources management'],
  ['6.6', 'Protect and restore water-related ecosystems'],
  ['6.a', 'International cooperation on water and sanitation'],
  ['6.b', 'Participation of local communities in water and sanitation management'],

  ['7.1', 'Universal access to modern energy services'],
  ['7.2', 'Increase the share of renewable energy'],
  ['7.3', 'Double the rate of improvement in energy efficiency'],
  ['7.a', 'International cooperation on clean energy research and technology'],
  ['7.b', 'Infrastructure and technology for sustainable energy services in developing countries'],

  ['8.1', 'Sustain per capita economic growth'],
  ['8.2', 'Productivity through diversification, technological upgrading and innovation'],
  ['8.3', 'Development-oriented policies; formalization of micro-, small- and medium-sized enterprises'],
  ['8.4', 'Resource efficiency in consumption and production'],
  ['8.5', 'Full employment, decent work and equal pay for work of equal value'],
  ['8.6', 'Reduce the proportion of youth not in employment, education or training'],
  ['8.7', 'End forced labour, modern slavery, human trafficking and child labour'],
  ['8.8', 'Protect labour rights and promote safe and secure working environments'],
  ['8.9', 'Sustainable tourism'],
  ['8.10', 'Access to banking, insurance and financial services'],
  ['8.a', 'Aid for Trade support'],
  ['8.b', 'Global strategy for youth employment'],

  ['9.1', 'Quality, reliable, sustainable and resilient infrastructure'],
  ['9.2', 'Inclusive and sustainable industrialization'],
  ['9.3', 'Access of small-scale enterprises to financial services and markets'],
  ['9.4', 'Upgrade infrastructure and retrofit industries for sustainability'],
  ['9.5', 'Scientific research and technological capabilities'],
  ['9.a', 'Sustainable and resilient infrastructure development in developing countries'],
  ['9.b', 'Domestic technology development, research and innovation'],
  ['9.c', 'Access to information and communications technology'],

  ['10.1', 'Income growth of the bottom 40 per cent of the population'],
  ['10.2', 'Social, economic and political inclusion of all'],
  ['10.3', 'Equal opportunity; eliminate discriminatory laws, policies and practices'],
  ['10.4', 'Fiscal, wage and social protection policies for greater equality'],
  ['10.5', 'Regulation and monitoring of global financial markets and institutions'],
  ['10.6', 'Voice of developing countries in international economic and financial institutions'],
  ['10.7', 'Orderly, safe, regular and responsible migration'],
  ['10.a', 'Special and differential treatment for developing countries'],
  ['10.b', 'Official development assistance and financial flows to States most in need'],
  ['10.c', 'Reduce the transaction costs of migrant remittances'],

  ['11.1', 'Adequate, safe and affordable housing; upgrade slums'],
  ['11.2', 'Safe, affordable, accessible and sustainable transport systems'],
  ['11.3', 'Inclusive and sustainable urbanization'],
  ['11.4', "Protect the world's cultural and natural heritage"],
  ['11.5', 'Reduce deaths and economic losses caused by disasters'],
  ['11.6', 'Reduce the environmental impact of cities'],
  ['11.7', 'Safe, inclusive and accessible green and public spaces'],
  ['11.a', 'Links between urban, peri-urban and rural areas'],
  ['11.b', 'Integrated policies and disaster risk management in cities'],
  ['11.c', 'Sustainable and resilient buildings in least developed countries'],

  ['12.1', 'Implement the 10-Year Framework of Programmes on sustainable consumption and production'],
  ['12.2', 'Sustainable management and efficient use of natural resources'],
  ['12.3', 'Halve global food waste and reduce food losses'],
  ['12.4', 'Environmentally sound management of chemicals and wastes'],
  ['12.5', 'Reduce waste generation'],
  ['12.6', 'Sustainable practices and sustainability reporting by companies'],
  ['12.7', 'Sustainable public procurement practices'],
  ['12.8', 'Information and awareness for sustainable development and lifestyles'],
  ['12.a', 'Scientific and technological capacity for sustainable consumption and production'],
  ['12.b', 'Monitor the sustainable development impacts of sustainable tourism'],
  ['12.c', 'Rationalize inefficient fossil-fuel subsidies'],

  ['13.1', 'Resilience and adaptive capacity to climate-related hazards and natural disasters'],
  ['13.2', 'Integrate climate change measures into national policies and planning'],
  ['13.3', 'Education, awareness and capacity on climate change'],
  ['13.a', 'Mobilize climate finance; operationalize the Green Climate Fund'],
  ['13.b', 'Capacity for climate change planning and management in LDCs and SIDS'],

  ['14.1', 'Reduce marine pollution'],
  ['14.2', 'Protect marine and coastal ecosystems'],
  ['14.3', 'Minimize ocean acidification'],
  ['14.4', 'Regulate harvesting; end overfishing and illegal fishing'],
  ['14.5', 'Conserve at least 10 per cent of coastal and marine areas'],
  ['14.6', 'Prohibit fisheries subsidies that contribute to overfishing'],
  ['14.7', 'Economic benefits to SIDS and LDCs from the sustainable use of marine resources'],
  ['14.a', 'Scientific knowledge, research capacity and marine technology'],
  ['14.b', 'Access of small-scale artisanal fishers to marine resources and markets'],
  ['14.c', 'Implement international law as reflected in UNCLOS'],

  ['15.1', 'Conserve and restore terrestrial and inland freshwater ecosystems'],
  ['15.2', 'Sustainable management of forests; halt deforestation'],
  ['15.3', 'Combat desertification; restore degraded land and soil'],
  ['15.4', 'Conserve mountain ecosystems'],
  ['15.5', 'Halt biodiversity loss; protect threatened species'],
  ['15.6', 'Fair and equitable sharing of the benefits of genetic resources'],
  ['15.7', 'End poaching and trafficking of protected species'],
  ['15.8', 'Prevent the introduction of invasive alien species'],
  ['15.9', 'Integrate ecosystem and biodiversity values into planning'],
  ['15.a', 'Financial resources to conserve biodiversity and ecosystems'],
  ['15.b', 'Finance sustainable forest management'],
  ['15.c', 'Global support to combat poaching and trafficking of protected species'],

  ['16.1', 'Reduce all forms of violence and related death rates'],
  ['16.2', 'End abuse, exploitation, trafficking and violence against children'],
  ['16.3', 'Rule of law and equal access to justice for all'],
  ['16.4', 'Reduce illicit financial and arms flows; combat organized crime'],
  ['16.5', 'Reduce corruption and bribery'],
  ['16.6', 'Effective, accountable and transparent institutions'],
  ['16.7', 'Responsive, inclusive, participatory and representative decision-making'],
  ['16.8', 'Participation of developing countries in global governance'],
  ['16.9', 'Legal identity for all, including birth registration'],
  ['16.10', 'Public access to information and protection of fundamental freedoms'],
  ['16.a', 'Strengthen national institutions to prevent violence and combat terrorism and crime'],
  ['16.b', 'Promote and enforce non-discriminatory laws and policies'],

  ['17.1', 'Strengthen domestic resource mobilization'],
  ['17.2', 'Official development assistance commitments'],
  ['17.3', 'Mobilize additional financial resources for developing countries'],
  ['17.4', 'Long-term debt sustainability'],
  ['17.5', 'Investment promotion regimes for least developed countries'],
  ['17.6', 'International cooperation on science, technology and innovation'],
  ['17.7', 'Environmentally sound technologies for developing countries'],
  ['17.8', 'Technology bank and capacity-building for least developed countries'],
  ['17.9', 'Capacity-building to implement the Sustainable Development Goals'],
  ['17.10', 'Universal, rules-based and equitable multilateral trading system'],
  ['17.11', 'Increase the exports of developing countries'],
  ['17.12', 'Duty-free and quota-free market access for least developed countries'],
  ['17.13', 'Global macroeconomic stability'],
  ['17.14', 'Policy coherence for sustainable development'],
  ['17.15', "Respect each country's policy space and leadership"],
  ['17.16', 'Global Partnership for Sustainable Development'],
  ['17.17', 'Effective public, public-private and civil society partnerships'],
  ['17.18', 'Availability of high-quality, timely and reliable disaggregated data'],
  ['17.19', 'Measurements of progress beyond GDP; statistical capacity-building'],
];

export const SDG_TARGETS: readonly SdgTarget[] = TARGET_ROWS.map(([code, title]) => ({
  kind: 'target',
  goal: Number(code.split('.')[0]),
  code,
  title,
}));

export const SDG_GOAL_BY_NUMBER: ReadonlyMap<number, SdgGoal> = new Map(SDG_GOALS.map((g) => [g.number, g]));
export const SDG_TARGET_BY_CODE: ReadonlyMap<string, SdgTarget> = new Map(SDG_TARGETS.map((t) => [t.code, t]));

function titleKey(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const GOAL_BY_TITLE: ReadonlyMap<string, SdgGoal> = new Map(SDG_GOALS.map((g) => [titleKey(g.title), g]));

/**
 * Resolves an SDG reference: a goal ("5", "SDG 5", "SDG5", "Goal 5", "sdg-5", "Goal 5: Gender
 * equality", "5 - GENDER EQUALITY" as in the OHCHR thematic lists, or the goal title alone) or a
 * target ("5.2", "SDG 5.2", "Target 16.10", "5.a", "5.A"). Undefined when unknown.
 */
export function resolveSdg(raw: string): SdgReference | undefined {
  const text = raw.trim().replace(/^[-•]\s*/, '');
  const match = /^(?:(?:sdgs?|goal|target)\s*[-:#]?\s*)?(\d{1,2})(?:\.(\d{1,2}|[a-z]))?(?=\.?$|[^0-9a-z.])/i.exec(text);
  if (match) {
    const goal = Number(match[1]);
    const sub = match[2];
    if (sub !== undefined) return SDG_TARGET_BY_CODE.get(`${goal}.${sub.toLowerCase()}`);
    return SDG_GOAL_BY_NUMBER.get(goal);
  }
  return GOAL_BY_TITLE.get(titleKey(text.replace(/^(?:sdgs?|goal)\s*[-:#]?\s*/i, '')));
}
